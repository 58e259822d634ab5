/**
 * A deep copy of plain data (a rule, a diagnostic) with every position ({ line, character }) moved by
 * `lines`: what lay after an edit that added or removed lines, unchanged but for where it is.
 */
export function movedLines<T>(value: T, lines: number): T {
  return moved(value, lines) as T;
}

function moved(value: unknown, lines: number): unknown {
  if (Array.isArray(value)) return value.map((v) => moved(v, lines));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o.line === 'number' && typeof o.character === 'number') return { line: o.line + lines, character: o.character };
  const copy: Record<string, unknown> = {};
  for (const key in o) copy[key] = moved(o[key], lines);
  return copy;
}

/** Whether a message names a line ("opened on line 12"): it no longer holds once lines move. */
export function namesALine(message: string): boolean {
  return /\bline \d/.test(message);
}
