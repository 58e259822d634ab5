import type { TokenType } from 'chevrotain';
import { lineIndexOf, type LineIndex } from '../model/line-index';
import * as T from './tokens';
import type { Token } from './tokens';
import type * as A from './ast';
import { isAsciiLetter, isDoubleQuote, isParameterLine, isSingleQuote, isStatementStart, isOperatorParameter, NUMBER } from './lexical';
import { readLayoutStatement } from './layout-statement';

export interface SyntaxProblem {
  start: number;
  end: number;
  message: string;
}

export interface ScanResult {
  tokens: Token[];
  problems: SyntaxProblem[];
  /** Offsets of comments, for folding and for tools that must skip them. */
  comments: { start: number; end: number }[];
  lines: LineIndex;
}

type Opener = '(' | '@(' | '$(' | '[' | '{' | '@{';
interface OpenGroup {
  kind: Opener;
  token: Token;
  /** Indentation of the line the opener stands on. */
  indent: number;
  /** Index in the token vector, to tell whether more tokens followed it on its line. */
  index: number;
  /** 0-based line of the opener. */
  line: number;
  /** The `( )` of an `if`, `elseif`, `while`, `foreach` or `function` header: a block must follow it. */
  header?: string;
  /** A `{ }` whose first line of content is indented deeper than the opener's line: its body is laid out by indentation. */
  indentedBody?: boolean;
  /** Where such a body first came back to the opener's indentation: the likely place of a lost '}'. */
  dedent?: { start: number; end: number };
}

/** What the grammar demands next after a keyword; the text may lack it. */
type Expectation = { kind: 'paren' | 'block' | 'name' | 'paren-or-block'; keyword: string };

/** Keywords that take `( … )` and then a block. `while` after `}` closes a do-loop and takes no block. */
const PAREN_KEYWORDS = new Set(['if', 'elseif', 'while', 'foreach', 'for']);
const BLOCK_KEYWORDS = new Set(['else', 'try', 'finally']);

const CLOSER: Record<Opener, string> = { '(': ')', '@(': ')', '$(': ')', '[': ']', '{': '}', '@{': '}' };
/** Groups whose newlines separate statements; inside the others a newline only ends the group by mistake. */
const STATEMENT_GROUPS = new Set<Opener>(['{', '@{', '$(']);

/** How deep brackets may nest; scripts the Rules Editor writes stay under 10. */
export const MAX_NESTING = 100;

/**
 * Hand-written scanner for the PowerShell subset the Rules Editor and the Config Documenter write.
 * Beyond tokens it keeps brackets balanced (inserting virtual closers where the text lacks one) and
 * resynchronises on the one-parameter-per-line layout, so one damaged line yields one diagnostic
 * there and the rest of the file still reads. It scans `text`, or the window [from, to) of it with the
 * text's own offsets: an edit re-reads only the statements around it (see reparse.ts).
 *
 * With `layoutStatements`, a command in the Rules Editor's own layout at the top level comes out as one
 * LayoutStatement token that carries its statement (layout-statement.ts); the parser takes it as read.
 * Tools that look at the tokens themselves (completion) leave it off.
 */
export function scan(text: string, from = 0, to = text.length, layoutStatements = false): ScanResult {
  return new Scanner(text, from, to, layoutStatements).run();
}

class Scanner {
  /** Where tokens stop: the end of the text, or of the window an incremental reading scans. */
  private readonly n: number;
  /**
   * Where looking ahead stops: always the end of the text, so that a window scans exactly as the whole
   * text would up to its end (a token that runs past the window shows, and the caller reads in full).
   */
  private readonly end: number;
  private readonly lines: LineIndex;
  private readonly tokens: Token[] = [];
  private readonly problems: SyntaxProblem[] = [];
  private readonly comments: { start: number; end: number }[] = [];
  private readonly stack: OpenGroup[] = [];
  /** Openers left out for being nested too deep; their closers are left out as they come. */
  private skippedOpeners = 0;
  private i = 0;
  private spaced = true;
  private expectation: Expectation | undefined;
  /** The last string token that lost its closing quote (its problem is reported already). */
  private unterminatedToken: Token | undefined;
  /** Set while scanning the `(` that an expectation asked for, so the group remembers its keyword. */
  private headerFor: string | undefined;

  /** `from`/`to`: a window of the text, scanned with the text's own offsets (a re-read of the edited statements). */
  constructor(private readonly text: string, from: number, to: number, private readonly layoutStatements: boolean) {
    this.n = to;
    this.end = text.length;
    this.i = from;
    this.lines = lineIndexOf(text);
  }

  run(): ScanResult {
    const { text, n } = this;
    while (this.i < n) {
      const c = text.charCodeAt(this.i);
      if (c === 32 || c === 9 || c === 12 || c === 0xa0 || c === 0xfeff) {
        this.i++;
        this.spaced = true;
      } else if (c === 10 || c === 13) {
        this.newline();
      } else if (c === 96 /* ` */) {
        this.backtick();
      } else if (c === 35 /* # */) {
        this.lineComment();
      } else if (c === 60 /* < */ && text.charCodeAt(this.i + 1) === 35) {
        this.blockComment();
      } else {
        this.token(c);
      }
    }
    this.closeAllAtEnd();
    return { tokens: this.tokens, problems: this.problems, comments: this.comments, lines: this.lines };
  }

  // ---- emitting -------------------------------------------------------------------------------

  /** Tokens carry offsets only: lines are computed for the few that need them, which keeps large files cheap. */
  private emit(type: TokenType, start: number, end: number, virtual = false): Token {
    const token: Token = {
      image: this.text.slice(start, end),
      startOffset: start,
      endOffset: end - 1,
      tokenType: type,
      tokenTypeIdx: type.tokenTypeIdx!,
      spaced: this.spaced,
    };
    if (virtual) token.virtual = true;
    this.tokens.push(token);
    this.spaced = false;
    return token;
  }

  private lineOf(offset: number): number {
    return this.lines.positionAt(offset).line;
  }

  private problem(start: number, end: number, message: string) {
    this.problems.push({ start, end: Math.max(end, start), message });
  }

  private last(): Token | undefined {
    return this.tokens[this.tokens.length - 1];
  }

  /** End of the last token that is not a line break: where a missing piece of code belongs. */
  private codeEnd(): number {
    const t = this.lastSignificant();
    return t ? t.endOffset! + 1 : 0;
  }

  private atStatementStart(): boolean {
    const t = this.last();
    if (!t) return true;
    const k = t.tokenType;
    return k === T.NewLine || k === T.Semicolon || k === T.LBrace || k === T.RBrace || k === T.DollarParen || k === T.AtBrace;
  }

  // ---- whitespace, continuation, comments ------------------------------------------------------

  private lineBreakLength(at: number): number {
    const c = this.text.charCodeAt(at);
    if (c === 13) return this.text.charCodeAt(at + 1) === 10 ? 2 : 1;
    return c === 10 ? 1 : 0;
  }

  private indentOf(lineStart: number): number {
    let j = lineStart;
    while (j < this.end && (this.text.charCodeAt(j) === 32 || this.text.charCodeAt(j) === 9)) j++;
    return j - lineStart;
  }

  /** Start offset of the next line that holds more than whitespace, or -1. */
  private nextContentLine(from: number): number {
    let j = from;
    while (j < this.end) {
      const lineStart = j;
      while (j < this.end && (this.text.charCodeAt(j) === 32 || this.text.charCodeAt(j) === 9)) j++;
      const len = this.lineBreakLength(j);
      if (j >= this.end) return -1;
      if (len === 0) return lineStart;
      j += len;
    }
    return -1;
  }

  private lineBreakBefore(lineStart: number): number {
    if (lineStart >= 2 && this.text.charCodeAt(lineStart - 2) === 13 && this.text.charCodeAt(lineStart - 1) === 10) return 2;
    return lineStart >= 1 ? 1 : 0;
  }

  private lineText(lineStart: number): string {
    const line = this.lines.positionAt(lineStart).line;
    return this.text.slice(lineStart, this.lines.lineEnd(line));
  }

  private backtick() {
    const start = this.i;
    let j = start + 1;
    while (j < this.end && (this.text.charCodeAt(j) === 32 || this.text.charCodeAt(j) === 9)) j++;
    const br = this.lineBreakLength(j);
    if (br > 0) {
      // A line continuation (also when spaces follow the backtick, as hand-pasted scripts often have).
      const next = j + br;
      if (/^\s*$/.test(this.text.slice(next, next + 200)) && next + 200 >= this.end) {
        this.problem(start, start + 1, 'Dangling backtick (`): the file ends where a line continuation was announced.');
        this.i = this.end;
        return;
      }
      const top = this.stack[this.stack.length - 1];
      if (top && !STATEMENT_GROUPS.has(top.kind) && /^\s*[-\u2013\u2014][A-Za-z]/.test(this.lineText(next))) {
        // The Rules Editor never continues a line inside brackets: the closer is missing on this line.
        this.closeGroupsUntilStatementLevel(this.codeEnd(), start + 1);
      }
      this.i = next;
      this.spaced = true;
      return;
    }
    if (j >= this.end) {
      this.problem(start, start + 1, 'Dangling backtick (`): the file ends where a line continuation was announced.');
      this.i = this.end;
      return;
    }
    // An escaped character outside a string is part of a bare word.
    this.word(start);
  }

  private newline() {
    const at = this.i;
    this.i += this.lineBreakLength(at);
    this.spaced = true;
    let top = this.stack[this.stack.length - 1];
    if (top && !STATEMENT_GROUPS.has(top.kind)) {
      if (this.continuesInsideGroup()) return;
      this.closeGroupsUntilStatementLevel(this.codeEnd(), at);
      top = this.stack[this.stack.length - 1];
    }
    if (top && (top.kind === '{' || top.kind === '@{') && this.braceLeftOpenOnItsLine(top, at)) {
      this.problem(this.codeEnd(), at, `Missing '}': the block opened on this line is not closed.`);
      this.closeTop(this.codeEnd());
    }
    this.noteDedent(at);
    const last = this.last();
    if (!last || last.tokenType === T.NewLine) return;
    if (this.continuesAfter(last)) return;
    if (this.missingContinuation()) {
      // After a string that lost its end, the parameters that follow still belong to the command.
      if (last === this.unterminatedToken) return;
      this.problem(this.codeEnd(), at, 'Missing line continuation: the next line continues this command\'s parameters, so this line must end with a backtick (`).');
      return;
    }
    this.emit(T.NewLine, at, at + Math.max(1, this.lineBreakLength(at)));
  }

  /** PowerShell continues a statement after a trailing comma, pipe, assignment or binary operator. */
  private continuesAfter(t: Token): boolean {
    const k = t.tokenType;
    if (t.virtual) return false;
    if (k === T.Comma || k === T.Pipe || k === T.Equals || k === T.Operator) return true;
    return k === T.Parameter && isOperatorParameter(t.image);
  }

  /** Inside ( @( [ a newline is fine when the group clearly goes on; otherwise its closer is missing. */
  private continuesInsideGroup(): boolean {
    const last = this.last();
    if (!last) return true;
    const k = last.tokenType;
    const next = this.nextContentLine(this.i);
    if (next < 0) return false;
    const ch = this.text[next + this.indentOf(next)];
    if (k === T.LParen || k === T.AtParen || k === T.LBracket) {
      const top = this.stack[this.stack.length - 1];
      return this.indentOf(next) > top.indent || ch === ')' || ch === ']';
    }
    if (this.continuesAfter(last)) return true;
    return ch === ')' || ch === ']' || ch === ',' || ch === '|' || ch === '+' || ch === '-' && /^\s*-(and|or|eq|ne|f)\b/i.test(this.lineText(next));
  }

  /** The Rules Editor puts one parameter per line; a parameter line after a command line without ` lost its backtick. */
  private missingContinuation(): boolean {
    if (this.lineBreakLength(this.i) > 0 || this.i >= this.end) return false;
    if (!isParameterLine(this.text, this.i)) return false;
    // Only inside a command: the statement on the previous line must start with a command name.
    for (let k = this.tokens.length - 1; k >= 0; k--) {
      const t = this.tokens[k];
      const type = t.tokenType;
      if (type === T.NewLine || type === T.Semicolon || type === T.LBrace || type === T.Pipe) {
        return k < this.tokens.length - 1 && this.tokens[k + 1].tokenType === T.Word;
      }
    }
    return this.tokens[0]?.tokenType === T.Word;
  }

  /** A `{` followed by code on its own line whose block is still open when a less indented line begins. */
  private braceLeftOpenOnItsLine(top: OpenGroup, lineBreak: number): boolean {
    if (top.index === this.tokens.length - 1 || top.token.virtual) return false;
    if (this.lineOf(lineBreak) !== top.line) return false;
    const next = this.nextContentLine(this.i);
    if (next < 0) return false;
    const indent = this.indentOf(next);
    return indent <= top.indent && this.text[next + indent] !== '}';
  }

  /**
   * A block whose body is indented ends, at the latest, where a line comes back to the opener's
   * indentation. Scripts do leave indentation (a flush-left body after `param(…)`), so this only
   * remembers the place; if the block is still open at the end of the file, the error goes there.
   */
  private noteDedent(lineBreak: number) {
    const next = this.nextCodeLine(this.i);
    if (next < 0) return;
    const indent = this.indentOf(next);
    if (this.text[next + indent] === '}') return;
    for (const group of this.stack) {
      if (group.dedent || (group.kind !== '{' && group.kind !== '@{') || !group.indentedBody || indent > group.indent) continue;
      group.dedent = { start: this.codeEnd(), end: Math.max(lineBreak, next) };
    }
  }

  /** Start offset of the next line holding code (not blank, not only a comment), or -1. */
  private nextCodeLine(from: number): number {
    let at = this.nextContentLine(from);
    while (at >= 0 && this.text[at + this.indentOf(at)] === '#') {
      const line = this.lines.positionAt(at).line;
      if (line + 1 >= this.lines.lineCount) return -1;
      at = this.nextContentLine(this.lines.lineStart(line + 1));
    }
    return at;
  }

  private lineComment() {
    const start = this.i;
    let j = start;
    while (j < this.end && this.lineBreakLength(j) === 0) j++;
    this.comments.push({ start, end: j });
    this.i = j;
    this.spaced = true;
  }

  private blockComment() {
    const start = this.i;
    const end = this.text.indexOf('#>', start + 2);
    if (end < 0) {
      this.problem(start, start + 2, "Unterminated block comment: '<#' has no matching '#>', so PowerShell ignores everything after it.");
      this.comments.push({ start, end: this.end });
      this.i = this.end;
      return;
    }
    this.comments.push({ start, end: end + 2 });
    this.i = end + 2;
    this.spaced = true;
  }

  // ---- brackets ---------------------------------------------------------------------------------

  private open(kind: Opener, type: TokenType, start: number, end: number, virtual = false) {
    // Beyond any real script's nesting: the brackets are left out (their closers too), so the parser and
    // every walk of the tree stay far from the stack's limit. Said once.
    if (this.stack.length >= MAX_NESTING) {
      if (this.skippedOpeners++ === 0) this.problem(start, Math.max(end, start + 1), `Nested more than ${MAX_NESTING} brackets deep: the brackets inside are not read as brackets.`);
      return;
    }
    const saved = this.spaced;
    const token = this.emit(type, start, end, virtual);
    if (virtual) this.spaced = saved;
    const line = this.lineOf(start);
    const group: OpenGroup = { kind, token, indent: this.indentOf(this.lines.lineStart(line)), index: this.tokens.length - 1, line };
    if (kind === '(' && this.headerFor) group.header = this.headerFor;
    this.headerFor = undefined;
    if (kind === '{' || kind === '@{') {
      const next = this.nextCodeLine(end);
      if (next >= 0 && this.lineOf(next) > line) group.indentedBody = this.indentOf(next) > group.indent;
    }
    this.stack.push(group);
  }

  // ---- keyword structure --------------------------------------------------------------------------

  /** After `if`, `else`, `function name` … the grammar needs `(` or `{`; insert what the text lacks. */
  private meetExpectation(c: number, start: number) {
    const e = this.expectation;
    if (!e) return;
    this.expectation = undefined;
    if (e.kind === 'name') {
      this.expectation = { kind: 'paren-or-block', keyword: e.keyword };
      return;
    }
    if (c === 40 /* ( */ && (e.kind === 'paren' || e.kind === 'paren-or-block')) {
      this.headerFor = e.keyword;
      return;
    }
    if (c === 123 /* { */ && e.kind !== 'paren') return;
    // `function name $p) {`: parameters after the name mean its '(' was lost.
    const sameLine = this.lines.positionAt(this.codeEnd()).line === this.lines.positionAt(start).line;
    if (e.kind === 'paren' || (e.kind === 'paren-or-block' && c === 36 /* $ */ && sameLine)) {
      this.problem(this.codeEnd(), start, `Missing '(' after '${e.keyword}'.`);
      this.headerFor = e.keyword;
      this.open('(', T.LParen, start, start, true);
      return;
    }
    this.problem(this.codeEnd(), start, `Missing '{' after '${e.keyword}'.`);
    this.open('{', T.LBrace, start, start, true);
  }

  private expectAfterKeyword(word: string) {
    const lower = word.toLowerCase();
    const prev = this.tokens[this.tokens.length - 1];
    if (PAREN_KEYWORDS.has(lower) && !(lower === 'while' && this.lastSignificant()?.tokenType === T.RBrace)) {
      this.expectation = { kind: 'paren', keyword: word };
    } else if (BLOCK_KEYWORDS.has(lower)) {
      this.expectation = { kind: 'block', keyword: word };
    } else if (lower === 'function' || lower === 'filter') {
      this.expectation = { kind: 'name', keyword: word };
    }
    void prev;
  }

  /** `{` while the header's `( … )` is still open: the `)` went missing just before it. */
  private closeHeaderBefore(start: number) {
    const top = this.stack[this.stack.length - 1];
    if (top?.kind !== '(' || !top.header) return;
    this.problem(this.codeEnd(), start, `Missing ')' before '{': the '(' after '${top.header}' is not closed.`);
    this.closeTop(this.codeEnd());
    // The '{' being scanned is the block the header needs.
    this.expectation = undefined;
  }

  private closerType(kind: Opener): TokenType {
    return CLOSER[kind] === ')' ? T.RParen : CLOSER[kind] === ']' ? T.RBracket : T.RBrace;
  }

  /** Inserts the closer the text lacks, as a zero-width token at `at`. */
  private closeTop(at: number) {
    const group = this.stack.pop()!;
    const saved = this.spaced;
    this.emit(this.closerType(group.kind), at, at, true);
    this.spaced = saved;
    if (group.header) this.expectation = { kind: 'block', keyword: group.header };
  }

  private closeGroupsUntilStatementLevel(gapStart: number, gapEnd: number) {
    while (this.stack.length && !STATEMENT_GROUPS.has(this.stack[this.stack.length - 1].kind)) {
      const group = this.stack[this.stack.length - 1];
      this.problem(gapStart, gapEnd, `Missing '${CLOSER[group.kind]}': '${group.kind}' is not closed on this line.`);
      this.closeTop(gapStart);
    }
  }

  private close(ch: string, type: TokenType) {
    const start = this.i;
    if (this.skippedOpeners > 0) {
      this.skippedOpeners--;
      this.i = start + 1;
      return;
    }
    let depth = this.stack.length - 1;
    while (depth >= 0 && CLOSER[this.stack[depth].kind] !== ch) depth--;
    if (depth < 0) {
      this.problem(start, start + 1, `Unexpected '${ch}': there is no matching opening bracket.`);
      this.i++;
      return;
    }
    while (this.stack.length - 1 > depth) {
      const inner = this.stack[this.stack.length - 1];
      this.problem(this.codeEnd(), start + 1, `Missing '${CLOSER[inner.kind]}' before '${ch}'.`);
      this.closeTop(this.codeEnd());
    }
    const group = this.stack.pop()!;
    this.emit(type, start, start + 1);
    this.i = start + 1;
    if (group.header) this.expectation = { kind: 'block', keyword: group.header };
  }

  /** A keyword that can only start a new statement at this level tells where a '}' went missing. */
  private closeBlocksBeforeKeyword(word: string, start: number) {
    const lower = word.toLowerCase();
    const top = this.stack[this.stack.length - 1];
    if (!top || top.kind !== '{') return;
    if (lower === 'elseif' || lower === 'else') {
      const prev = this.lastSignificant();
      if (prev && prev.tokenType === T.RBrace && !prev.virtual) return;
      this.problem(this.codeEnd(), start, `Missing '}' before '${word}'.`);
      this.closeTop(this.codeEnd());
    } else if (lower === 'function' || lower === 'filter') {
      const indent = this.indentOf(this.lines.lineStart(this.lineOf(start)));
      while (this.stack.length && this.stack[this.stack.length - 1].kind === '{' && this.stack[this.stack.length - 1].indent >= indent) {
        this.problem(this.codeEnd(), start, `Missing '}': the block opened on line ${this.stack[this.stack.length - 1].line + 1} is not closed before this function.`);
        this.closeTop(this.codeEnd());
      }
    }
  }

  private lastSignificant(): Token | undefined {
    for (let k = this.tokens.length - 1; k >= 0; k--) if (this.tokens[k].tokenType !== T.NewLine) return this.tokens[k];
    return undefined;
  }

  private closeAllAtEnd() {
    while (this.stack.length) {
      const group = this.stack[this.stack.length - 1];
      if (group.dedent) {
        this.problem(group.dedent.start, group.dedent.end, `Missing '}': the block opened on line ${group.line + 1} ends here without one.`);
      } else {
        const message = STATEMENT_GROUPS.has(group.kind)
          ? `Missing '${CLOSER[group.kind]}': '${group.kind}' opened on line ${group.line + 1} is never closed.`
          : `Missing '${CLOSER[group.kind]}': '${group.kind}' is not closed.`;
        // From the end of the code to the end of the file: the closer belongs somewhere in there.
        this.problem(this.codeEnd(), this.n, message);
      }
      this.closeTop(this.codeEnd());
    }
  }


  // ---- tokens -----------------------------------------------------------------------------------

  /** A command at the top level, where nothing the scanner keeps (open brackets, a keyword's demand) bears on it. */
  private atLayoutStatement(c: number): boolean {
    if (this.stack.length || this.expectation || this.skippedOpeners || !isAsciiLetter(c)) return false;
    const last = this.last();
    return !last || last.tokenType === T.NewLine || last.tokenType === T.Semicolon;
  }

  private layoutStatement(start: number): boolean {
    const read = readLayoutStatement(this.text, start, this.n);
    if (!read) return false;
    const { statement } = read;
    const name = (statement.elements[0] as A.Command).name;
    this.tokens.push({
      image: name,
      startOffset: start,
      endOffset: statement.end - 1,
      tokenType: T.LayoutStatement,
      tokenTypeIdx: T.LayoutStatement.tokenTypeIdx!,
      spaced: this.spaced,
      statement,
    });
    this.spaced = false;
    this.i = read.end;
    return true;
  }

  private token(c: number) {
    const { text } = this;
    const start = this.i;
    if (this.layoutStatements && this.atLayoutStatement(c) && this.layoutStatement(start)) return;
    this.meetExpectation(c, start);
    const next = text.charCodeAt(start + 1);
    switch (c) {
      case 40 /* ( */: this.open('(', T.LParen, start, start + 1); this.i++; return;
      case 41 /* ) */: this.close(')', T.RParen); return;
      case 123 /* { */:
        this.closeHeaderBefore(start);
        this.open('{', T.LBrace, start, start + 1);
        this.i++;
        return;
      case 125 /* } */: this.close('}', T.RBrace); return;
      case 93 /* ] */: this.close(']', T.RBracket); return;
      case 91 /* [ */: this.bracket(); return;
      case 59 /* ; */: this.emit(T.Semicolon, start, start + 1); this.i++; return;
      case 44 /* , */: this.emit(T.Comma, start, start + 1); this.i++; return;
      case 124 /* | */:
        if (next === 124) { this.emit(T.Operator, start, start + 2); this.i += 2; return; }
        this.emit(T.Pipe, start, start + 1); this.i++; return;
      case 61 /* = */: this.emit(T.Equals, start, start + 1); this.i++; return;
      case 36 /* $ */: this.dollar(); return;
      case 64 /* @ */: this.at(); return;
      case 45 /* - */:
      case 0x2013 /* en dash */:
      case 0x2014 /* em dash */:
      case 0x2015 /* horizontal bar */:
        this.dash();
        return;
      case 46 /* . */: this.dot(); return;
      case 58 /* : */:
        if (next === 58 && !this.spaced) { this.emit(T.Dot, start, start + 2); this.i += 2; this.memberName(); return; }
        break;
    }
    if (isSingleQuote(c)) return this.quoted(start, 'single');
    if (isDoubleQuote(c)) return this.quoted(start, 'double');
    if (c === 43 || c === 42 || c === 47 || c === 33 || c === 60 || c === 62 || c === 38) return this.operator(start);
    this.word(start);
  }

  private operator(start: number) {
    const c = this.text.charCodeAt(start);
    const next = this.text.charCodeAt(start + 1);
    if (next === 61 /* = */ && (c === 43 || c === 42 || c === 47)) {
      this.emit(T.Equals, start, start + 2);
      this.i = start + 2;
      return;
    }
    const double = (c === 38 && next === 38) || (c === 62 && next === 62);
    this.emit(T.Operator, start, start + (double ? 2 : 1));
    this.i = start + (double ? 2 : 1);
  }

  private dot() {
    const start = this.i;
    const next = this.text[start + 1] ?? '';
    const prev = this.last();
    if (!this.spaced && prev && /[A-Za-z_]/.test(next) && isOperandEnd(prev)) {
      this.emit(T.Dot, start, start + 1);
      this.i = start + 1;
      this.memberName();
      return;
    }
    if (next === '.') {
      this.emit(T.Operator, start, start + 2);
      this.i = start + 2;
      return;
    }
    if (/[\\/\w]/.test(next)) return this.word(start);
    this.emit(T.Operator, start, start + 1);
    this.i = start + 1;
  }

  private memberName() {
    const start = this.i;
    let j = start;
    while (j < this.end && isWordChar(this.text.charCodeAt(j))) j++;
    if (j > start) {
      this.emit(T.Word, start, j);
      this.i = j;
    }
  }

  private bracket() {
    const start = this.i;
    const prev = this.last();
    if (!this.spaced && prev && isOperandEnd(prev)) {
      this.open('[', T.LBracket, start, start + 1);
      this.i++;
      return;
    }
    const m = /^\[[A-Za-z_][\w.`]*(?:\[\])?\]/.exec(this.text.slice(start, start + 200));
    if (m) {
      this.emit(T.TypeLiteral, start, start + m[0].length);
      this.i = start + m[0].length;
      return;
    }
    this.open('[', T.LBracket, start, start + 1);
    this.i++;
  }

  private dollar() {
    const { text } = this;
    const start = this.i;
    const next = text[start + 1] ?? '';
    if (next === '(') {
      this.open('$(', T.DollarParen, start, start + 2);
      this.i = start + 2;
      return;
    }
    if (next === '{') {
      const end = text.indexOf('}', start + 2);
      const stop = end < 0 ? this.end : end + 1;
      if (end < 0) this.problem(start, start + 2, "Unterminated variable name: '${' has no matching '}'.");
      this.emit(T.Variable, start, stop);
      this.i = stop;
      return;
    }
    let j = start + 1;
    if (/[?^$_]/.test(next) && !isWordChar(text.charCodeAt(start + 2))) j = start + 2;
    else {
      while (j < this.end && isWordChar(text.charCodeAt(j))) j++;
      // Scope or drive qualifier: $env:Path, $script:x.
      if (text[j] === ':' && /[A-Za-z_]/.test(text[j + 1] ?? '') && j > start + 1) {
        j++;
        while (j < this.end && isWordChar(text.charCodeAt(j))) j++;
      }
    }
    if (j === start + 1) {
      this.problem(start, start + 1, "'$' must be followed by a variable name.");
      this.i = start + 1;
      return;
    }
    this.emit(T.Variable, start, j);
    this.i = j;
  }

  private at() {
    const { text } = this;
    const start = this.i;
    const next = text.charCodeAt(start + 1);
    if (next === 40) { this.open('@(', T.AtParen, start, start + 2); this.i = start + 2; return; }
    if (next === 123) { this.open('@{', T.AtBrace, start, start + 2); this.i = start + 2; return; }
    if (isSingleQuote(next) || isDoubleQuote(next)) {
      let j = start + 2;
      while (j < this.end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
      if (this.lineBreakLength(j) > 0 || j >= this.end) return this.hereString(start, j);
    }
    let j = start + 1;
    while (j < this.end && isWordChar(text.charCodeAt(j))) j++;
    if (j > start + 1) {
      this.emit(T.Splat, start, j);
      this.i = j;
      return;
    }
    this.problem(start, start + 1, "'@' must be followed by '(', '{', a quote or a variable name.");
    this.i = start + 1;
  }

  private dash() {
    const { text } = this;
    const start = this.i;
    const next = text[start + 1] ?? '';
    if (/[A-Za-z_]/.test(next)) {
      let j = start + 1;
      while (j < this.end && (isWordChar(text.charCodeAt(j)) || (text.charCodeAt(j) === 45 && isWordChar(text.charCodeAt(j + 1))))) j++;
      if (text[j] === ':' && text[j + 1] !== ':') j++;
      this.emit(T.Parameter, start, j);
      this.i = j;
      return;
    }
    if (/[0-9]/.test(next)) return this.word(start);
    if (next === '=') {
      this.emit(T.Equals, start, start + 2);
      this.i = start + 2;
      return;
    }
    this.emit(T.Operator, start, start + 1);
    this.i = start + 1;
  }

  /** A bare word: command name, argument, keyword or number (PowerShell decides by shape). */
  private word(start: number) {
    const { text } = this;
    let j = start;
    while (j < this.end) {
      const ch = text.charCodeAt(j);
      if (ch === 96 /* ` */) {
        if (j + 1 < this.end && this.lineBreakLength(j + 1) === 0) { j += 2; continue; }
        break;
      }
      if (ch <= 32 || ch === 0xa0 || WORD_STOP.has(ch) || isSingleQuote(ch) || isDoubleQuote(ch)) break;
      if (ch === 45 /* - */ && j > start && text.charCodeAt(j + 1) === 61) break;
      j++;
    }
    if (j === start) {
      this.problem(start, start + 1, `Unexpected character '${text[start]}'.`);
      this.i = start + 1;
      return;
    }
    const image = text.slice(start, j);
    if (NUMBER.test(image)) {
      this.emit(T.NumberLiteral, start, j);
    } else {
      const statementStart = this.atStatementStart();
      if (statementStart) this.closeBlocksBeforeKeyword(image, start);
      this.emit(T.Word, start, j);
      if (statementStart) this.expectAfterKeyword(image);
    }
    this.i = j;
  }

  // ---- strings ----------------------------------------------------------------------------------

  private quoted(start: number, kind: 'single' | 'double') {
    const { text } = this;
    const isQuote = kind === 'single' ? isSingleQuote : isDoubleQuote;
    let j = start + 1;
    while (j < this.end) {
      const ch = text.charCodeAt(j);
      if (isQuote(ch)) {
        if (isQuote(text.charCodeAt(j + 1))) { j += 2; continue; }
        j++;
        this.emit(kind === 'single' ? T.SingleQuoted : T.DoubleQuoted, start, j);
        this.i = j;
        return;
      }
      if (kind === 'double' && ch === 96 /* ` */ && j + 1 < this.end && this.lineBreakLength(j + 1) === 0) { j += 2; continue; }
      if (ch === 10 || ch === 13) {
        const end = this.unterminatedAt(j, kind);
        if (end >= 0) return this.unterminated(start, end, kind);
        j += this.lineBreakLength(j);
        continue;
      }
      j++;
    }
    this.unterminated(start, this.end, kind);
  }

  /**
   * A string may span lines (expressions do), but when the next line starts a new parameter or
   * command, the closing quote was lost on this line: return where the string should stop.
   */
  private unterminatedAt(lineBreak: number, kind: 'single' | 'double'): number {
    const lineStart = this.lines.lineStart(this.lines.positionAt(lineBreak).line);
    const before = this.text.slice(lineStart, lineBreak);
    const after = lineBreak + this.lineBreakLength(lineBreak);
    const continuation = /[ \t]`[ \t]*$/.exec(before);
    const next = this.nextContentLine(after);
    const looksLikeNewStatement =
      (continuation && /^[ \t]*[-\u2013\u2014]\w/.test(this.lineText(after))) || (next >= 0 && isStatementStart(this.lineText(next)));
    if (!looksLikeNewStatement || this.closesPlausibly(after, kind)) return -1;
    return continuation ? lineStart + continuation.index : lineBreak;
  }

  /**
   * Whether going on from here would close the string where a string can end: before a space, a line
   * break, a backtick or a closing bracket. Reaching an opening quote instead (`'In from…`) means the
   * closing quote was lost earlier.
   */
  private closesPlausibly(from: number, kind: 'single' | 'double'): boolean {
    const isQuote = kind === 'single' ? isSingleQuote : isDoubleQuote;
    for (let j = from; j < this.end; j++) {
      const c = this.text.charCodeAt(j);
      if (kind === 'double' && c === 96) { j++; continue; }
      if (!isQuote(c)) continue;
      if (isQuote(this.text.charCodeAt(j + 1))) { j++; continue; }
      // A quote right after `-Param `, `=`, `(`, `,` or `@` opens the next value; it cannot close this one.
      const before = this.text.slice(this.lines.lineStart(this.lineOf(j)), j);
      if (VALUE_POSITION.test(before)) return false;
      const after = this.text[j + 1];
      return after === undefined || /[\s`),;|}\].+]/.test(after);
    }
    return false;
  }

  private unterminated(start: number, end: number, kind: 'single' | 'double') {
    const quote = kind === 'single' ? "'" : '"';
    this.problem(start, end, `Unterminated string: the ${kind}-quoted string that starts here has no closing ${quote}.`);
    this.unterminatedToken = this.emit(kind === 'single' ? T.SingleQuoted : T.DoubleQuoted, start, end);
    this.i = end;
  }

  private hereString(start: number, afterOpener: number) {
    const { text } = this;
    const quote = text[start + 1];
    const bodyStart = afterOpener + this.lineBreakLength(afterOpener);
    const terminator = new RegExp(`(?:\\r\\n|\\n|\\r)${quote === "'" || isSingleQuote(quote.charCodeAt(0)) ? "['\u2018\u2019\u201a\u201b]" : '["\u201c\u201d\u201e]'}@`, 'g');
    terminator.lastIndex = bodyStart - 1;
    const m = terminator.exec(text);
    if (m) {
      const end = m.index + m[0].length;
      this.emit(T.HereString, start, end);
      this.i = end;
      return;
    }
    // The terminator lost a character: take the first line that looks like what is left of it.
    let line = this.lines.positionAt(bodyStart).line;
    for (; line < this.lines.lineCount; line++) {
      const lineStart = this.lines.lineStart(line);
      const content = text.slice(lineStart, this.lines.lineEnd(line));
      if (/^(?:@|['"])[ \t]*(?:`[ \t]*)?$/.test(content) && lineStart > bodyStart) {
        const end = lineStart + content.search(/[ \t]*(?:`[ \t]*)?$/);
        this.problem(lineStart, end, `Unterminated here-string: the closing ${quote}@ must start a line.`);
        this.emit(T.HereString, start, end);
        this.i = end;
        return;
      }
    }
    let end = this.end;
    for (let l = this.lines.positionAt(bodyStart).line; l < this.lines.lineCount; l++) {
      const content = text.slice(this.lines.lineStart(l), this.lines.lineEnd(l));
      if (/^[ \t]*-[A-Za-z]\w*(?:[ \t]|$)/.test(content) || isStatementStart(content)) {
        end = Math.max(bodyStart, this.lines.lineStart(l) - this.lineBreakBefore(this.lines.lineStart(l)));
        break;
      }
    }
    this.problem(start, afterOpener, `Unterminated here-string: no line starts with ${quote}@ to close it.`);
    this.unterminatedToken = this.emit(T.HereString, start, end);
    this.i = end;
  }
}

/** Where a string value starts: after a parameter name, an assignment, an opening bracket or a comma. */
const VALUE_POSITION = /(?:^|\s)[-\u2013\u2014][A-Za-z]\w*:?[ \t]+$|[=(,@][ \t]*$/;

/** [A-Za-z0-9_] and letters beyond ASCII, as PowerShell names allow. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (c > 127 && /\p{L}|\p{N}/u.test(String.fromCharCode(c)));
}

const WORD_STOP = new Set([...`(){}[],;|&=<>$"'`].map((c) => c.charCodeAt(0)));

/** Tokens after which `[` indexes and `.` reads a member (when nothing stands between). */
function isOperandEnd(t: Token): boolean {
  const k = t.tokenType;
  return k === T.Variable || k === T.RParen || k === T.RBracket || k === T.TypeLiteral || (k === T.Word && !t.spaced) ||
    k === T.SingleQuoted || k === T.DoubleQuoted;
}
