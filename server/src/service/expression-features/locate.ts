import type { Position, Range } from 'vscode-languageserver-types';
import { lexExpression, type ExprToken } from '../../expression/lexer';
import { MAX_EXPRESSION_CHARS } from '../../expression/parser';
import { offsetAt } from '../navigation/positions';
import type { ExpressionDocument, MappedExpression } from './expression-document';

/** The expression under an editor position and where in its value text the position falls. */
export interface ExpressionCursor {
  item: MappedExpression;
  /** Offset in the expression's value text, where `''` of the file is one `'`. */
  offset: number;
  /** The expression's tokens, without the characters the lexer could not read. */
  tokens: ExprToken[];
}

/**
 * Finds the flow expression whose string content holds `position`. Both ends count: just after the
 * opening quote and just before the closing one are where typing starts and ends.
 */
export function expressionAt(doc: ExpressionDocument, position: Position): ExpressionCursor | undefined {
  const fileOffset = offsetAt(doc.lines, position);
  const list = doc.expressions;
  // Expressions are in file order and never overlap: the candidate is the last one starting at or before the offset.
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].map.rawStart <= fileOffset) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const item = list[found];
  if (fileOffset > item.map.rawStart + item.map.raw.length) return undefined;
  return { item, offset: item.map.toValue(fileOffset), tokens: codeTokens(item.parsed.text) };
}

/** Tokens as the parser sees them: characters the lexer rejected are left out, as the parser leaves them out. */
export function codeTokens(text: string): ExprToken[] {
  // An expression too long to be read has no parts to colour, hover or complete.
  if (text.length > MAX_EXPRESSION_CHARS) return [];
  return lexExpression(text).tokens.filter((t) => t.kind !== 'invalid');
}

/**
 * The token under the cursor: one that contains it, else one that ends exactly there (the cursor just
 * after a name, as keyboard-triggered hovers send it). A name just before `(`, `)` or `,` wins over
 * the punctuation.
 */
export function tokenAt(tokens: readonly ExprToken[], offset: number): ExprToken | undefined {
  const containing = tokens.find((t) => t.start <= offset && offset < t.end);
  if (containing && !PUNCTUATION.has(containing.kind)) return containing;
  return tokens.find((t) => t.start < offset && offset === t.end) ?? containing;
}

const PUNCTUATION: ReadonlySet<ExprToken['kind']> = new Set(['lparen', 'rparen', 'comma']);

/** A word token written as a call: the next token the parser sees is `(`. `index` is the token's own index when known. */
export function isCallName(tokens: readonly ExprToken[], token: ExprToken, index = tokens.indexOf(token)): boolean {
  return token.kind === 'word' && tokens[index + 1]?.kind === 'lparen';
}

/**
 * The name inside `[name]`, without surrounding blanks. After an unclosed `[` the lexer runs on to the next
 * bracket, parenthesis or comma; only the name characters right after the `[` are the name.
 */
export function attributeNameSpan(text: string, token: ExprToken): [number, number] {
  const closed = text[token.end - 1] === ']';
  const inner = text.slice(token.start + 1, closed ? token.end - 1 : token.end);
  const start = token.start + 1 + (inner.length - inner.trimStart().length);
  if (closed) return [start, start + inner.trim().length];
  let end = start;
  while (end < token.end && NAME_CHAR.test(text[end])) end++;
  return [start, end];
}

/**
 * Characters of attribute and parameter names as written in rules: letters, digits, `-`
 * (mS-DS-ConsistencyGuid), `_` (extension_…_attr), `.` (Domain.FQDN).
 */
export const NAME_CHAR = /[A-Za-z0-9_\-.]/;

/** Editor range of value offsets `start..end` of an expression. */
export function fileRange(item: MappedExpression, start: number, end: number): Range {
  return item.lines.rangeOf(item.map.toFile(start), item.map.toFile(end));
}

/** Whether a string token is closed by its own quote (the lexer ends an unterminated one at the text's end). */
export function isClosedString(text: string, token: ExprToken): boolean {
  return token.end - token.start >= 2 && /["\u201c\u201d\u201e\u201f\u2033]/.test(text[token.end - 1]) && !isEscapedQuote(text, token);
}

/** `"ab\"` is unterminated: its last quote is escaped by an odd run of backslashes. */
function isEscapedQuote(text: string, token: ExprToken): boolean {
  let backslashes = 0;
  for (let i = token.end - 2; i > token.start && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}
