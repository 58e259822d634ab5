import type { Statement } from './ast';

/** The offset fields of the syntax tree's nodes (spans, name spans, string contents). */
const OFFSET_KEYS = new Set(['start', 'end', 'contentStart', 'contentEnd']);

/**
 * Moves statements read from an older text by `delta` characters, in place: the statements after an edit
 * keep their tree and only their offsets change. The tree is plain data (no tokens, no shared nodes across
 * statements), so a walk over objects and arrays finds every offset.
 */
export function shiftStatements(statements: readonly Statement[], delta: number): void {
  if (delta === 0) return;
  const stack: unknown[] = [...statements];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === 'object') stack.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (typeof value === 'number') {
        if (OFFSET_KEYS.has(key)) record[key] = value + delta;
      } else if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
}
