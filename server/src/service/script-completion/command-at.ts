import { firstAtOrAfter } from '../../model/bisect';
import type { Token } from '../../syntax/tokens';
import { scan } from '../../syntax/scanner';

/** A token as completion sees it: its kind name and its characters (end exclusive). */
export interface ScriptToken {
  kind: string;
  image: string;
  start: number;
  end: number;
}

/** Where the cursor stands in the command (statement) around it. */
export interface CommandCursor {
  /** Offset of the cursor in the text. */
  offset: number;
  /** The word, parameter, string or number the cursor is in or just after: what the chosen item replaces. */
  typing?: ScriptToken;
  /** The statement's tokens before `typing` (or before the cursor when nothing is being typed). */
  before: ScriptToken[];
  /** The statement's tokens after the cursor, to the end of the command. */
  after: ScriptToken[];
  /** A bracket opened before the cursor in this statement is still open (`@(…`, `[…`): not a plain argument position. */
  insideBrackets: boolean;
}

/** Tokens that a completion item can replace: partly typed names and values. */
const TYPED = new Set(['Word', 'Parameter', 'SingleQuoted', 'DoubleQuoted', 'NumberLiteral', 'Variable', 'TypeLiteral']);
/** Tokens that end a statement, or start one when they open a group. */
const SEPARATORS = new Set(['NewLine', 'Semicolon', 'Pipe', 'Equals']);
const STATEMENT_OPENERS = new Set(['LParen', 'DollarParen', 'LBrace', 'AtBrace']);
const OPENERS = new Set([...STATEMENT_OPENERS, 'AtParen', 'LBracket']);
const CLOSERS = new Set(['RParen', 'RBrace', 'RBracket']);

/** The script as completion reads it: tokens without the scanner's virtual closers (they have no characters), and comments. */
export interface ScriptTokens {
  tokens: ScriptToken[];
  comments: { start: number; end: number }[];
}

const byReading = new WeakMap<object, ScriptTokens>();

/**
 * The script's tokens, read once per document reading (`owner` is that reading: a new text is a new
 * object, so the weak map never serves stale tokens).
 */
export function scriptTokens(owner: object, text: string): ScriptTokens {
  let read = byReading.get(owner);
  if (!read) {
    const scanned = scan(text);
    const tokens = scanned.tokens.filter((t: Token) => !t.virtual).map((t: Token) => ({ kind: t.tokenType.name, image: t.image, start: t.startOffset, end: t.startOffset + t.image.length }));
    read = { tokens, comments: scanned.comments };
    byReading.set(owner, read);
  }
  return read;
}

/** Inside a comment (its `#` excluded, its end included): nothing to complete. */
export function inComment(read: ScriptTokens, offset: number): boolean {
  return read.comments.some((c) => c.start < offset && offset <= c.end);
}

/** The statement around `offset`, split at the cursor. The `-` of a parameter still being typed scans as an operator. */
export function commandAt(text: string, tokens: readonly ScriptToken[], offset: number): CommandCursor {
  let last = firstAtOrAfter(tokens, offset, (t) => t.start) - 1;
  let typing: ScriptToken | undefined;
  const candidate = tokens[last];
  if (candidate && candidate.end >= offset && (TYPED.has(candidate.kind) || isDash(candidate))) {
    typing = candidate;
    last--;
  }
  const before: ScriptToken[] = [];
  let depth = 0;
  let insideBrackets = false;
  for (let k = last; k >= 0; k--) {
    const t = tokens[k];
    if (CLOSERS.has(t.kind)) depth++;
    else if (OPENERS.has(t.kind)) {
      if (depth > 0) depth--;
      else if (STATEMENT_OPENERS.has(t.kind)) break;
      else insideBrackets = true;
    } else if (depth === 0 && SEPARATORS.has(t.kind)) break;
    if (depth === 0 && endsLine(text, t, before[0] ?? typing ?? { start: offset })) break;
    before.unshift(t);
  }
  const after: ScriptToken[] = [];
  depth = 0;
  for (let k = typing ? last + 2 : last + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (OPENERS.has(t.kind)) depth++;
    else if (CLOSERS.has(t.kind)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && SEPARATORS.has(t.kind)) break;
    const previous = after[after.length - 1] ?? typing;
    if (depth === 0 && previous && endsLine(text, previous, t)) break;
    after.push(t);
  }
  return { offset, typing, before, after, insideBrackets };
}

/**
 * A line break without a continuation backtick between two tokens. The scanner lets a line ending in an
 * operator go on (PowerShell does), but a `-` being typed at the end of a line is no operator: the next
 * line is the next command.
 */
function endsLine(text: string, a: ScriptToken, b: Pick<ScriptToken, 'start'>): boolean {
  const gap = text.slice(a.end, b.start);
  const lineBreak = gap.search(/[\r\n]/);
  return lineBreak >= 0 && !/`[ \t]*$/.test(gap.slice(0, lineBreak));
}

export function isDash(t: ScriptToken): boolean {
  return t.kind === 'Operator' && t.image === '-';
}
