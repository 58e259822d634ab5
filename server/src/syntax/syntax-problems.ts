import type { SyntaxProblem } from './scanner';

/** Per file: more say nothing the first ones do not. */
export const MAX_SYNTAX_PROBLEMS = 1000;

/**
 * The scanner's and the parser's problems in text order, one per place: chevrotain may report a gap
 * the scanner already explained.
 */
export function mergeProblems(scanned: readonly SyntaxProblem[], parsed: readonly SyntaxProblem[]): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  for (const p of [...scanned, ...parsed].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const prev = out[out.length - 1];
    if (prev && prev.start === p.start && prev.end === p.end) continue;
    out.push(p);
  }
  return out;
}
