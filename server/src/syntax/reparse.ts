import type { Statement } from './ast';
import { parseTokens } from './parser';
import type { ParsedScript } from './parse-script';
import { scan } from './scanner';
import { shiftStatements } from './shift-offsets';
import { lineIndexOf } from '../model/line-index';

/**
 * The reading of an edited text from the reading of the text before the edit: the top-level statements
 * before and after the changed characters are kept (those after it moved by the length difference), and
 * only the statements between are scanned and parsed again. Undefined when that cannot be shown to give
 * exactly what a full reading gives (a syntax problem in or near the window, a window that does not close
 * where it must): the caller then reads the whole text.
 *
 * `previous` is consumed: the statements kept after the edit are moved in place, so the old reading must
 * not be used again.
 */
export function reparse(previous: ParsedScript, text: string): ParsedScript | undefined {
  const old = previous.text;
  const statements = previous.script.statements;
  if (statements.length < 3) return undefined;
  const { prefix, suffix } = unchangedEnds(old, text);
  const delta = text.length - old.length;
  // Statement k is kept before the edit when k + 1 starts inside the unchanged prefix: everything the
  // scanner and the parser looked at to end statement k is then the same.
  let keepBefore = 0;
  while (keepBefore + 1 < statements.length && statements[keepBefore + 1].start <= prefix) keepBefore++;
  // Statement k is kept after the edit when statement k - 1 ends inside the unchanged suffix.
  const suffixStart = old.length - suffix;
  let keepAfter = statements.length;
  while (keepAfter - 1 > keepBefore && statements[keepAfter - 2].end >= suffixStart && statements[keepAfter - 2].end > prefix) keepAfter--;
  if (keepAfter - keepBefore > statements.length / 2) return undefined;
  // Nothing kept before the edit: read from the very start (comments and blank lines before the first statement).
  const from = keepBefore === 0 ? 0 : statements[keepBefore].start;
  const oldTo = keepAfter < statements.length ? statements[keepAfter].start : old.length;
  const to = oldTo + delta;
  if (from > to) return undefined;
  // Problems of the old reading are kept where they are (or moved) only well away from the window: inside
  // kept statements with a clean kept statement between them and the window, where the scanner and the
  // parser (which look a few tokens ahead) never saw the changed characters.
  const cleanBefore = keepBefore >= 2 ? statements[keepBefore - 2].end : -1;
  const cleanAfter = keepAfter + 1 < statements.length ? statements[keepAfter + 1].start : Infinity;
  // A problem's message may name a line ("opened on line 12"): after the edit it holds only while the edit
  // adds or removes no line.
  const sameLines = lineIndexOf(text).lineCount === previous.scan.lines.lineCount;
  const kept = previous.problems.filter((p) => p.end <= cleanBefore || (sameLines && p.start >= cleanAfter));
  if (kept.length !== previous.problems.length) return undefined;
  const window = scan(text, from, to);
  if (window.problems.length || window.tokens.some((t) => t.startOffset + t.image.length > to) || window.comments.some((c) => c.end > to)) return undefined;
  const parsed = parseTokens(window.tokens, to);
  if (parsed.problems.length) return undefined;
  const after = statements.slice(keepAfter);
  shiftStatements(after, delta);
  const comments = [
    ...previous.scan.comments.filter((c) => c.end <= from),
    ...window.comments,
    ...previous.scan.comments.filter((c) => c.start >= oldTo).map((c) => ({ start: c.start + delta, end: c.end + delta })),
  ];
  const script: Statement[] = [...statements.slice(0, keepBefore), ...parsed.script.statements, ...after];
  const problems = previous.problems.map((p) => (p.start >= cleanAfter ? { ...p, start: p.start + delta, end: p.end + delta } : p));
  const scanProblems = previous.scan.problems.map((p) => (p.start >= cleanAfter ? { ...p, start: p.start + delta, end: p.end + delta } : p));
  return { text, script: { statements: script }, scan: { problems: scanProblems, comments, lines: lineIndexOf(text) }, problems };
}

/** How many characters the two texts share at their start, and at their end (not overlapping). */
function unchangedEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}
