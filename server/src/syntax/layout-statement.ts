import type * as A from './ast';
import { numberValue, stringValue } from './literals';
import { isAsciiLetter, isOperatorParameter, isParameterLine } from './lexical';

/**
 * The Rules Editor writes every command of an export the same way: the cmdlet's name, then one
 * `-Parameter value` per line joined by backticks, each value a single-quoted string, a whole number,
 * `$name` or `$name[0]`, `@(…)` of strings and variables, a comma list of those, or a bare word:
 *
 *     Add-ADSyncAttributeFlowMapping  `
 *     -SynchronizationRule $syncRule[0] `
 *     -Source @('mail') `
 *     -OutVariable syncRule
 *
 * This reads such a statement straight from the text into the tree the parser builds from the general
 * scanner's tokens, without making those tokens (a large export is a million of them, and allocating
 * them and walking them through chevrotain was most of a full reading). Anything the layout does not
 * allow returns undefined, and the general scanner and parser read the statement: a comment, a string
 * over several lines or with a typographic quote, a value on a line of its own, a member access, a
 * parameter line after the statement's last line (a lost backtick the general scanner reports).
 * Tests hold the two readings equal on real exports, generated ones and thousands of damaged ones.
 */
export function readLayoutStatement(text: string, start: number, limit: number): { statement: A.PipelineStatement; end: number } | undefined {
  return new LayoutReader(text, start, limit).statement();
}

/** What follows a name, a parameter or a value. */
type Gap = 'end' | 'continued' | 'spaced' | undefined;

class LayoutReader {
  private i: number;

  constructor(private readonly text: string, private readonly start: number, private readonly limit: number) {
    this.i = start;
  }

  statement(): { statement: A.PipelineStatement; end: number } | undefined {
    const { text, start } = this;
    if (!this.commandName()) return undefined;
    const nameEnd = this.i;
    const args: A.ParameterArgument[] = [];
    let gap = this.gap(true);
    for (;;) {
      if (gap === undefined) return undefined;
      if (gap === 'end') break;
      // After a continuation a parameter starts the line (gap() saw to it); on the same line, one may follow.
      if (text.charCodeAt(this.i) !== 45 /* - */) return undefined;
      const parameter = this.parameter();
      if (!parameter) return undefined;
      args.push(parameter);
      gap = this.gap(false);
      if (gap === 'spaced' && text.charCodeAt(this.i) !== 45) {
        const value = this.value();
        if (!value) return undefined;
        parameter.value = value;
        parameter.end = value.end;
        gap = this.gap(true);
      }
    }
    const end = this.i;
    if (this.parameterLineAfter(end)) return undefined;
    // `-eq`, `-and`… at the end of a line carry the statement on to the next line, as an operator does.
    const last = args[args.length - 1];
    if (last && !last.value && isOperatorParameter(`-${last.name}`)) return undefined;
    const name = text.slice(start, nameEnd);
    const command: A.Command = {
      kind: 'command',
      name,
      nameSpan: { start, end: nameEnd },
      args,
      start,
      end: args.length ? args[args.length - 1].end : nameEnd,
    };
    return { statement: { kind: 'pipeline', elements: [command], start, end: command.end }, end };
  }

  /** `Verb-Noun`, ASCII only (the general scanner reads other characters into names its own way). */
  private commandName(): boolean {
    const start = this.i;
    this.skipLetters();
    if (this.i === start || this.text.charCodeAt(this.i) !== 45) return false;
    this.i++;
    const noun = this.i;
    this.skipWordChars();
    return this.i > noun;
  }

  /**
   * Spaces, then the end of the statement, a continuation to the next line (which must start with a
   * parameter), or more on this line. `afterWord`: a backtick right after a bare word or a number
   * followed by a space would escape that space into the word, so only a line break may follow it there.
   */
  private gap(afterWord: boolean): Gap {
    const { text } = this;
    const before = this.i;
    this.skipSpaces();
    // A window's statement must end inside it (its line break before the next statement's start).
    if (this.i >= this.limit) return this.i >= text.length ? 'end' : undefined;
    const c = text.charCodeAt(this.i);
    if (c === 10 || c === 13) return 'end';
    if (c === 96 /* ` */) {
      this.i++;
      if (this.i > before + 1 || !afterWord) this.skipSpaces();
      if (!this.lineBreak()) return undefined;
      this.skipSpaces();
      return text.charCodeAt(this.i) === 45 && isAsciiLetter(text.charCodeAt(this.i + 1)) && this.i < this.limit ? 'continued' : undefined;
    }
    return this.i > before ? 'spaced' : undefined;
  }

  private parameter(): A.ParameterArgument | undefined {
    const start = this.i;
    this.i++;
    if (!isAsciiLetter(this.text.charCodeAt(this.i)) && this.text.charCodeAt(this.i) !== 95) return undefined;
    this.skipWordChars();
    if (!this.atSeparator()) return undefined;
    const end = this.i;
    return { kind: 'parameter', name: this.text.slice(start + 1, end), nameSpan: { start, end }, start, end };
  }

  /** One value, or a comma list of them (a bare word only alone). */
  private value(): A.Value | undefined {
    const first = this.item(true);
    if (!first || first.kind === 'bareword') return first && this.atSeparator() ? first : undefined;
    if (this.text.charCodeAt(this.i) !== 44 /* , */) return this.atSeparator() ? first : undefined;
    const items: A.Value[] = [first];
    while (this.text.charCodeAt(this.i) === 44) {
      this.i++;
      const next = this.item(false);
      if (!next) return undefined;
      items.push(next);
    }
    if (!this.atSeparator()) return undefined;
    return { kind: 'list', syntax: 'comma', items, start: first.start, end: items[items.length - 1].end };
  }

  private item(topLevel: boolean): A.Value | undefined {
    const c = this.text.charCodeAt(this.i);
    if (c === 39 /* ' */) return this.string();
    if (c === 36 /* $ */) return this.variable();
    if (c >= 48 && c <= 57) return this.number();
    if (!topLevel) return undefined;
    if (c === 64 /* @ */) return this.array();
    if (isAsciiLetter(c)) return this.bareword();
    return undefined;
  }

  /** On one line, closed, with no typographic quote (PowerShell reads those as quotes too). */
  private string(): A.StringValue | undefined {
    const { text } = this;
    const start = this.i;
    let j = start + 1;
    for (;;) {
      if (j >= this.limit) return undefined;
      const c = text.charCodeAt(j);
      if (c === 39) {
        if (text.charCodeAt(j + 1) === 39) {
          j += 2;
          continue;
        }
        break;
      }
      if (c === 10 || c === 13 || (c >= 0x2018 && c <= 0x201b)) return undefined;
      j++;
    }
    this.i = j + 1;
    return stringValue(text.slice(start, this.i), start, false);
  }

  /** `$name` or `$name[0]`: no scope qualifier, no member, nothing after the index. */
  private variable(): A.VariableValue | undefined {
    const { text } = this;
    const start = this.i;
    this.i++;
    if (!isAsciiLetter(text.charCodeAt(this.i))) return undefined;
    this.skipWordChars();
    const name = text.slice(start + 1, this.i);
    const postfix: A.Postfix[] = [];
    if (text.charCodeAt(this.i) === 91 /* [ */) {
      const open = this.i;
      this.i++;
      const digits = this.i;
      this.skipDigits();
      if (this.i === digits || text.charCodeAt(this.i) !== 93 /* ] */) return undefined;
      const index = numberValue(text.slice(digits, this.i), digits, this.i);
      this.i++;
      const postfixNode: A.IndexPostfix = { kind: 'index', start: open, end: this.i };
      postfixNode.index = index;
      postfix.push(postfixNode);
    }
    if (!this.atItemEnd()) return undefined;
    return { kind: 'variable', name, postfix, start, end: this.i };
  }

  private number(): A.NumberValue | undefined {
    const start = this.i;
    this.skipDigits();
    if (!this.atItemEnd()) return undefined;
    return numberValue(this.text.slice(start, this.i), start, this.i);
  }

  /** `@(item,item)`: strings, variables and numbers only (a bare word there would be a command). */
  private array(): A.ListValue | undefined {
    const { text } = this;
    const start = this.i;
    if (text.charCodeAt(start + 1) !== 40 /* ( */) return undefined;
    this.i += 2;
    const items: A.Value[] = [];
    for (;;) {
      const item = this.item(false);
      if (!item) return undefined;
      items.push(item);
      const c = text.charCodeAt(this.i);
      if (c === 41 /* ) */) break;
      if (c !== 44) return undefined;
      this.i++;
    }
    this.i++;
    if (!this.atItemEnd() || text.charCodeAt(this.i) === 41) return undefined;
    return { kind: 'list', syntax: 'array', items, start, end: this.i };
  }

  private bareword(): A.BarewordValue {
    const start = this.i;
    this.skipWordChars();
    return { kind: 'bareword', text: this.text.slice(start, this.i), start, end: this.i };
  }

  /** After an item: a comma, a closing parenthesis or what ends an argument. */
  private atItemEnd(): boolean {
    const c = this.text.charCodeAt(this.i);
    return c === 44 || c === 41 || this.atSeparator();
  }

  /** Where an argument ends: a space, a line break, the end of the text, or a backtick that ends the line. */
  private atSeparator(): boolean {
    const { text } = this;
    if (this.i >= text.length) return true;
    const c = text.charCodeAt(this.i);
    if (c === 32 || c === 9 || c === 10 || c === 13) return true;
    if (c !== 96) return false;
    const next = text.charCodeAt(this.i + 1);
    return next === 10 || next === 13;
  }

  /** The general scanner reports a parameter line after a command line without a backtick; it must see this one. */
  private parameterLineAfter(end: number): boolean {
    const { text } = this;
    let next = end;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10) next++;
    return next > end && isParameterLine(text, next);
  }

  private lineBreak(): boolean {
    const c = this.text.charCodeAt(this.i);
    if (c === 13) {
      this.i += this.text.charCodeAt(this.i + 1) === 10 ? 2 : 1;
      return true;
    }
    if (c !== 10) return false;
    this.i++;
    return true;
  }

  private skipSpaces() {
    while (this.text.charCodeAt(this.i) === 32 || this.text.charCodeAt(this.i) === 9) this.i++;
  }

  private skipLetters() {
    while (isAsciiLetter(this.text.charCodeAt(this.i))) this.i++;
  }

  private skipDigits() {
    while (this.text.charCodeAt(this.i) >= 48 && this.text.charCodeAt(this.i) <= 57) this.i++;
  }

  private skipWordChars() {
    for (;;) {
      const c = this.text.charCodeAt(this.i);
      if (isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95) this.i++;
      else return;
    }
  }
}

