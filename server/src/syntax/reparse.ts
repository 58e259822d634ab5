import { parseTokens } from './parser';
import type { ParsedScript } from './parse-script';
import { scan } from './scanner';
import { OFFSET_KEYS, shiftStatements } from './shift-offsets';
import { rememberLineIndex, type LineIndex } from '../model/line-index';
import { namesALine } from '../model/moved-lines';
import { MAX_SYNTAX_PROBLEMS, mergeProblems } from './syntax-problems';

/**
 * The reading of an edited text from the reading of the text before the edit: the top-level statements
 * before and after the changed characters are kept (those after it moved by the length difference), and
 * only the statements between are scanned and parsed again. Undefined when that cannot be shown to give
 * exactly what a full reading gives (a window that does not close where it must, damage whose effect
 * reaches past it): the caller then reads the whole text.
 *
 * Damage is read incrementally too (typing a string opens a quote before it closes it): the window then
 * takes in a few more statements, which must come out exactly as before, showing that the scanner and
 * the parser were back in step before the window ended.
 *
 * `previous` is consumed: the statements kept after the edit are moved in place, so the old reading must
 * not be used again.
 */
export function reparse(previous: ParsedScript, text: string): ParsedScript | undefined {
  const old = previous.text;
  const statements = previous.script.statements;
  const n = statements.length;
  if (n < 3) return undefined;
  const { prefix, suffix } = unchangedEnds(old, text);
  // Kept among the recent indexes, so a full reading (when this one gives up) finds it too.
  const lines = rememberLineIndex(previous.scan.lines.afterEdit(text, prefix, suffix));
  const delta = text.length - old.length;
  // Statement k is kept before the edit when k + 1 starts inside the unchanged prefix: everything the
  // scanner and the parser looked at to end statement k is then the same.
  let lo = 0;
  while (lo + 1 < n && statements[lo + 1].start <= prefix) lo++;
  // Statement k is kept after the edit when statement k - 1 ends inside the unchanged suffix.
  const suffixStart = old.length - suffix;
  let hi = n;
  while (hi - 1 > lo && statements[hi - 2].end >= suffixStart && statements[hi - 2].end > prefix) hi--;
  // A problem's message may name a line ("opened on line 12"): such a one after the edit holds only while
  // the edit adds or removes no line.
  const sameLines = lines.lineCount === previous.scan.lines.lineCount;
  const movable = (p: { message: string }) => sameLines || !namesALine(p.message);
  // Problems of the old reading are kept where they are (or moved) only well away from the window: with a
  // clean kept statement between them and the window, where the scanner and the parser (which look a few
  // tokens ahead) never saw the changed characters. Nearer ones are read again: the window widens over them.
  for (let widened = 0; ; widened++) {
    const cleanBefore = lo >= 2 ? statements[lo - 2].end : -1;
    const cleanAfter = hi + 1 < n ? statements[hi + 1].start : Infinity;
    const from = lo === 0 ? 0 : statements[lo].start;
    const oldTo = hi < n ? statements[hi].start : old.length;
    const near = previous.problems.find((p) => !(p.end <= cleanBefore || (p.start >= from && p.end <= oldTo) || (movable(p) && p.start >= cleanAfter)));
    if (!near) break;
    if (widened === MAX_WIDENING || (!movable(near) && near.start >= oldTo)) return undefined;
    if (near.start < from && lo > 0) lo--;
    else if (near.start >= from && hi < n) hi++;
    else return undefined;
  }
  if (hi - lo > n / 2) return undefined;
  const edit = { text, lines, delta, prefix, suffix };
  return readWindow(previous, edit, lo, hi, 0) ?? (hi < n ? readWindow(previous, edit, lo, Math.min(n, hi + MARGIN), hi + MARGIN < n ? MARGIN : 0) : undefined);
}

/** The new text and how it differs from the old one. */
interface Edit {
  text: string;
  lines: LineIndex;
  delta: number;
  prefix: number;
  suffix: number;
}

/** Statements read again after the changed ones, which must come out as before, when the window holds damage. */
const MARGIN = 2;
/** How many statements the window may widen by to take in old problems near it. */
const MAX_WIDENING = 16;

/**
 * Reads statements lo..hi-1 of the old reading again from the new text and puts the reading together.
 * With `verify`, the window's last `verify` statements must equal the old ones (moved), and problems are
 * allowed only before them; without, the window must read cleanly.
 */
function readWindow(previous: ParsedScript, edit: Edit, lo: number, hi: number, verify: number): ParsedScript | undefined {
  const { text, lines, delta } = edit;
  const old = previous.text;
  const statements = previous.script.statements;
  const n = statements.length;
  // Nothing kept before the edit: read from the very start (comments and blank lines before the first statement).
  const from = lo === 0 ? 0 : statements[lo].start;
  const oldTo = hi < n ? statements[hi].start : old.length;
  const to = oldTo + delta;
  if (from > to) return undefined;
  const window = scan(text, from, to, true);
  if (window.tokens.some((t) => t.endOffset! + 1 > to) || window.comments.some((c) => c.end > to)) return undefined;
  const parsed = parseTokens(window.tokens, to);
  const problems = mergeProblems(window.problems, parsed.problems);
  const read = parsed.script.statements;
  if (verify === 0) {
    if (problems.length && hi < n) return undefined;
  } else {
    if (read.length < verify) return undefined;
    const checked = read.slice(read.length - verify);
    for (let k = 0; k < verify; k++) if (!sameMoved(checked[k], statements[hi - verify + k], delta)) return undefined;
    if (problems.some((p) => p.end > checked[0].start)) return undefined;
  }
  if (previous.problems.length + problems.length > MAX_SYNTAX_PROBLEMS) return undefined;
  const after = statements.slice(hi);
  shiftStatements(after, delta);
  const moved = <T extends { start: number; end: number }>(p: T): T => ({ ...p, start: p.start + delta, end: p.end + delta });
  const outside = <T extends { start: number; end: number }>(list: readonly T[], inside: readonly T[]) => [
    ...list.filter((p) => p.end <= from),
    ...inside,
    ...list.filter((p) => p.start >= oldTo).map(moved),
  ];
  return {
    text,
    script: { statements: [...statements.slice(0, lo), ...read, ...after] },
    scan: { problems: outside(previous.scan.problems, window.problems), comments: outside(previous.scan.comments, window.comments), lines },
    problems: outside(previous.problems, problems),
    edit: { prefix: edit.prefix, suffix: edit.suffix },
  };
}

/** Whether a statement read from the new text is the old one moved by `delta` characters. */
function sameMoved(a: unknown, b: unknown, delta: number, key?: string): boolean {
  if (typeof a === 'number' && typeof b === 'number') return key !== undefined && OFFSET_KEYS.has(key) ? a === b + delta : a === b;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameMoved((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], delta, Array.isArray(a) ? undefined : k));
}

/** How many characters the two texts share at their start, and at their end (not overlapping). */
export function unchangedEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  // Whole chunks first: comparing slices is a memory compare, a character loop over 3 MB is not.
  let prefix = 0;
  while (prefix + CHUNK <= max && a.slice(prefix, prefix + CHUNK) === b.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = max - prefix;
  while (suffix + CHUNK <= room && a.slice(a.length - suffix - CHUNK, a.length - suffix) === b.slice(b.length - suffix - CHUNK, b.length - suffix)) suffix += CHUNK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

const CHUNK = 4096;
