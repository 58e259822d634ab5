import type { Args } from './args';
import { fail } from './failure';
import { eager, perValue, type FunctionTable } from './function-impl';
import type { EvalValue } from './value';

/**
 * Left, Right, Mid, PadLeft, PadRight and Word: the Functions Reference says a NULL string gives an empty
 * string. Any other NULL argument gives NULL, as everywhere else.
 */
function emptyForNullString(run: (a: Args) => EvalValue) {
  return eager((a) => (a.value(0) === null ? '' : a.values.slice(1).includes(null) ? null : run(a)), { nulls: 'handle', perValue: true });
}

function compareMode(a: Args, i: number): 'binary' | 'text' {
  if (!a.has(i)) return 'binary';
  const word = a.str(i);
  if (word === 'vbBinaryCompare') return 'binary';
  if (word === 'vbTextCompare') return 'text';
  return fail(`Argument ${i + 1} of function ${a.fn}: expected vbTextCompare or vbBinaryCompare, passed ${word}.`);
}

function folded(text: string, mode: 'binary' | 'text'): string {
  return mode === 'text' ? text.toLowerCase() : text;
}

/** VB's InStr: 1-based, from `start`; an empty search string is found at `start`. */
function inStr(a: Args): number {
  const mode = compareMode(a, 3);
  const check = folded(a.str(0), mode);
  const match = folded(a.str(1), mode);
  const start = a.optNum(2, 1);
  if (start < 1) return fail(`InStr: the start position must be 1 or more, not ${start}.`);
  if (start > check.length) return 0;
  if (match === '') return start;
  return check.indexOf(match, start - 1) + 1;
}

/** VB's InStrRev: the last match lying wholly at or before `start` (-1, the default, is the end). */
function inStrRev(a: Args): number {
  const mode = compareMode(a, 3);
  const check = folded(a.str(0), mode);
  const match = folded(a.str(1), mode);
  let start = a.optNum(2, -1);
  if (start === -1) start = check.length;
  if (start < 1 && start !== -1) return fail(`InStrRev: the start position must be 1 or more, or -1, not ${start}.`);
  if (start > check.length) return 0;
  if (match === '') return start;
  const from = start - match.length;
  return from < 0 ? 0 : check.lastIndexOf(match, from) + 1;
}

/**
 * Capitalises each space-separated word and lower-cases the rest, like .NET's TextInfo.ToTitleCase, which
 * leaves a word that is all capitals as it is: the reference's remark that acronyms keep their case, and
 * its example PCase(LCase("TEST")).
 */
function pCase(text: string): string {
  return text.replace(/\S+/g, (word) => {
    const allCaps = word === word.toUpperCase() && word !== word.toLowerCase();
    return allCaps ? word : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  });
}

function mid(a: Args): string {
  const text = a.str(0);
  const start = a.num(1);
  const count = a.has(2) ? a.num(2) : text.length;
  // The Functions Reference's own rules, odd as they are: out-of-range starts give the whole string.
  if (count === 0) return '';
  if (count < 0 || start > text.length || start <= 0) return text;
  return text.substr(start - 1, count);
}

function pad(a: Args, side: 'left' | 'right'): string {
  const text = a.str(0);
  const length = a.num(1);
  const padding = a.str(2);
  if (padding === '') return fail(`${a.fn}: the pad character is empty; it must be one character.`);
  // Only one character is documented; a longer string pads with its first character rather than failing.
  const fill = padding[0].repeat(Math.max(0, length - text.length));
  return side === 'left' ? fill + text : text + fill;
}

/** Replace's monikers: the lexer keeps `\n` as two characters, and Replace turns them into control characters. */
function monikers(text: string): string {
  return text.replace(/\\([nrt])/g, (_, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : '\t'));
}

function replace(a: Args): string {
  const old = monikers(a.str(1));
  if (old === '') return fail('Replace: the value to replace is empty.');
  return a.str(0).split(old).join(monikers(a.str(2)));
}

/**
 * `{source}:{target},…`: each source is one character, a target may be empty or longer. White space in the
 * pattern is ignored, as the reference says; ',' and ':' cannot be replaced.
 */
function replaceChars(a: Args): string {
  const map = new Map<string, string>();
  for (const pair of a.str(1).split(',')) {
    if (pair.trim() === '') continue;
    const colon = pair.indexOf(':');
    const source = (colon < 0 ? pair : pair.slice(0, colon)).replace(/\s+/g, '');
    const target = colon < 0 ? '' : pair.slice(colon + 1).replace(/\s+/g, '');
    if ([...source].length !== 1) return fail(`ReplaceChars: "${pair}" must name exactly one source character before ':'.`);
    map.set(source, target);
  }
  return [...a.str(0)].map((c) => map.get(c) ?? c).join('');
}

/**
 * The n-th word, where a word is a run of characters none of which is a delimiter. Runs are counted, so
 * consecutive delimiters do not make empty words ("each string of characters … separated by one of the
 * characters in delimiters"); a string with no delimiter is one word.
 */
function word(a: Args): string {
  const text = a.str(0);
  const n = a.num(1);
  const delimiters = new Set(a.str(2));
  if (n < 1) return '';
  const words: string[] = [];
  let current = '';
  for (const c of text) {
    if (delimiters.has(c)) {
      if (current !== '') words.push(current);
      current = '';
    } else current += c;
  }
  if (current !== '') words.push(current);
  return words[n - 1] ?? '';
}

export const STRING_IMPLEMENTATIONS: FunctionTable = {
  InStr: perValue(inStr),
  InStrRev: perValue(inStrRev),
  LCase: perValue((a) => a.str(0).toLowerCase()),
  UCase: perValue((a) => a.str(0).toUpperCase()),
  PCase: perValue((a) => pCase(a.str(0))),
  LTrim: perValue((a) => a.str(0).trimStart()),
  RTrim: perValue((a) => a.str(0).trimEnd()),
  Trim: perValue((a) => a.str(0).trim()),
  Len: perValue((a) => a.str(0).length),
  Left: emptyForNullString((a) => {
    const n = a.num(1);
    return n < 0 ? a.str(0) : a.str(0).slice(0, n);
  }),
  Right: emptyForNullString((a) => {
    const n = a.num(1);
    const text = a.str(0);
    return n < 0 ? text : n === 0 ? '' : text.slice(Math.max(0, text.length - n));
  }),
  Mid: emptyForNullString(mid),
  PadLeft: emptyForNullString((a) => pad(a, 'left')),
  PadRight: emptyForNullString((a) => pad(a, 'right')),
  Word: emptyForNullString(word),
  Replace: perValue(replace),
  ReplaceChars: perValue(replaceChars),
};
