import type { FileDiagnostic } from '../model/rule-set';

/**
 * Collects diagnostics, each place and message once: a Documenter report shows an unchanged rule for
 * both configurations, and one finding is enough.
 */
export class UniqueDiagnostics {
  readonly list: FileDiagnostic[] = [];
  private readonly seen = new Set<string>();

  add(found: readonly FileDiagnostic[]): void {
    for (const d of found) {
      const key = keyOf(d);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.list.push(d);
    }
  }
}

/** The editor keeps diagnostics of unchanged rules across edits: their keys are made once. */
const keys = new WeakMap<FileDiagnostic, string>();

function keyOf(d: FileDiagnostic): string {
  let key = keys.get(d);
  if (key === undefined) keys.set(d, (key = `${d.file}|${d.range.start.line}:${d.range.start.character}|${d.code}|${d.message}`));
  return key;
}
