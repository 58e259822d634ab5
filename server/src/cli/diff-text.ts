import type { DiffResult } from '../diff/types';

/** The terminal form: what differs, one block per rule; same rules are only counted. */
export function diffText(result: DiffResult, primary: string, staging: string): string {
  const out: string[] = [];
  for (const s of result.settings.filter((x) => x.critical)) out.push(`!! ${s.name}: primary ${s.primary ?? '(none)'} ≠ staging ${s.staging ?? '(none)'} — the servers would not produce the same identities`);
  const { same, changed, drift, onlyInPrimary, onlyInStaging } = result.summary;
  out.push(`${primary} (primary) vs ${staging} (staging): ${changed} changed, ${onlyInPrimary} only in primary, ${onlyInStaging} only in staging, ${drift} drift, ${same} same`);
  for (const p of result.problems) out.push(`?? ${p}`);
  for (const s of result.settings.filter((x) => !x.critical)) out.push(`setting ${s.name}: ${s.primary ?? '(none)'} → ${s.staging ?? '(none)'}`);
  for (const r of result.rules) {
    if (r.status === 'same') continue;
    const kind = r.standard ? 'standard' : 'custom';
    const note = r.unsupported ? ' — unsupported edit of an out-of-box rule' : r.actionable ? ' — Disabled differs (the one supported change)' : r.status === 'drift' ? ' — renumbered or re-versioned by the wizard' : '';
    out.push('', `${r.status}: ${r.name}  [${kind}, ${r.direction ?? '?'}, ${r.connector}]${note}`);
    for (const c of r.changes) out.push(`    ${c.field}: ${show(c.primary)}  →  ${show(c.staging)}`);
  }
  return out.join('\n') + '\n';
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '(none)';
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 160 ? s.slice(0, 157) + '…' : s;
}
