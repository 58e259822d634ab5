import type { Expr, ExpressionProblem, Operator, ParsedExpression } from './ast';
import { lexExpression, type ExprToken } from './lexer';
import { capProblems } from '../model/cap-problems';

/**
 * Recursive descent over the token list. Every operator has the same priority and groups left to
 * right, as the engine evaluates them: `a || b && c` is `(a || b) && c`.
 */
export function parseExpression(text: string): ParsedExpression {
  if (text.length > MAX_EXPRESSION_CHARS) return notRead(text, `The expression is ${text.length} characters long, more than the ${MAX_EXPRESSION_CHARS} an expression is read with: it is not checked.`);
  const { tokens, problems } = lexExpression(text);
  const code = tokens.filter((t) => t.kind !== 'invalid');
  // Every operator deepens the tree by one: a longer chain than any rule writes could overflow the stack of every walk.
  if (code.length > MAX_EXPRESSION_TOKENS) return notRead(text, `The expression has ${code.length} parts, more than the ${MAX_EXPRESSION_TOKENS} an expression is read with: it is not checked.`);
  const parser = new Parser(text, code, problems);
  const root = parser.parseRoot();
  return { text, root, problems: capProblems(problems.sort((a, b) => a.start - b.start), MAX_EXPRESSION_PROBLEMS, 'problems in this expression') };
}

/** Far more names, values and operators than the longest expression of the out-of-box rules (about 150). */
export const MAX_EXPRESSION_TOKENS = 2000;
/** Far longer than any expression a rule holds; beyond it even lexing each time a feature asks costs seconds. */
export const MAX_EXPRESSION_CHARS = 50_000;

function notRead(text: string, message: string): ParsedExpression {
  return { text, root: { kind: 'missing', start: 0, end: text.length }, problems: [{ start: 0, end: text.length, message }] };
}

/** Per expression: a damaged one can have a problem per character. */
const MAX_EXPRESSION_PROBLEMS = 100;

/** Deeper nesting than any rule needs; beyond it the rest of the group is skipped so no walk of the tree can overflow the stack. */
export const MAX_EXPRESSION_NESTING = 100;

class Parser {
  private k = 0;
  private depth = 0;

  constructor(private readonly text: string, private readonly tokens: ExprToken[], private readonly problems: ExpressionProblem[]) {}

  parseRoot(): Expr {
    if (this.tokens.length === 0) {
      this.problem(0, this.text.length, 'The expression is empty.');
      return { kind: 'missing', start: 0, end: 0 };
    }
    const root = this.expression();
    while (this.k < this.tokens.length) {
      const t = this.tokens[this.k++];
      if (t.kind === 'rparen') this.problem(t.start, t.end, "Unexpected ')': there is no matching '('.");
      else this.problem(t.start, t.end, `Unexpected '${this.text.slice(t.start, t.end)}': an operator or ',' is missing before it.`);
      // Keep reading what follows so that its names are still checked.
      if (t.kind !== 'rparen' && t.kind !== 'comma') this.k--, this.expression();
    }
    return root;
  }

  private peek(): ExprToken | undefined {
    return this.tokens[this.k];
  }

  private problem(start: number, end: number, message: string) {
    this.problems.push({ start, end, message });
  }

  private expression(): Expr {
    let left = this.operand();
    for (let t = this.peek(); t && t.kind === 'operator'; t = this.peek()) {
      this.k++;
      const right = this.operand();
      left = { kind: 'binary', operator: t.text as Operator, operatorSpan: { start: t.start, end: t.end }, left, right, start: left.start, end: right.end };
    }
    return left;
  }

  private missing(at: number, message: string): Expr {
    this.problem(at, at, message);
    return { kind: 'missing', start: at, end: at };
  }

  private operand(): Expr {
    const t = this.peek();
    const at = t ? t.start : this.text.trimEnd().length;
    if (!t) return this.missing(at, 'The expression ends where a value is expected.');
    switch (t.kind) {
      case 'string':
        this.k++;
        return { kind: 'string', value: t.text, start: t.start, end: t.end };
      case 'number':
        this.k++;
        return { kind: 'number', value: t.value ?? NaN, hex: !!t.hex, start: t.start, end: t.end };
      case 'attribute':
        this.k++;
        return { kind: 'attribute', name: t.text, start: t.start, end: t.end };
      case 'parameter':
        this.k++;
        return { kind: 'parameter', name: t.text, start: t.start, end: t.end };
      case 'variable':
        this.k++;
        return { kind: 'variable', name: t.text, start: t.start, end: t.end };
      case 'word':
        this.k++;
        if (this.peek()?.kind !== 'lparen') return { kind: 'word', name: t.text, start: t.start, end: t.end };
        return this.depth >= MAX_EXPRESSION_NESTING ? this.tooDeep(t) : this.nested(() => this.call(t));
      case 'lparen': {
        if (this.depth >= MAX_EXPRESSION_NESTING) return this.tooDeep(t);
        this.k++;
        const inner = this.nested(() => this.expression());
        const close = this.peek();
        if (close?.kind === 'rparen') {
          this.k++;
          return { kind: 'group', inner, start: t.start, end: close.end };
        }
        this.problem(t.start, t.end, "Missing ')': this '(' is not closed.");
        return { kind: 'group', inner, start: t.start, end: inner.end };
      }
      case 'operator':
        if (t.text === '-' && this.tokens[this.k + 1]?.kind === 'number') {
          const number = this.tokens[this.k + 1];
          this.k += 2;
          return { kind: 'number', value: -(number.value ?? NaN), hex: !!number.hex, start: t.start, end: number.end };
        }
        if (t.text === '-') return this.missing(t.start, "Expected a negative number after '-'.");
        return this.missing(t.start, `Expected a value before '${t.text}'.`);
      default:
        return this.missing(at, `Expected a value but found '${this.text.slice(t.start, t.end)}'.`);
    }
  }

  private nested(read: () => Expr): Expr {
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  /** Skips from `from` to the ')' that closes the '(' at or after it, and says why. */
  private tooDeep(from: ExprToken): Expr {
    let open = 0;
    let end = from.end;
    while (this.k < this.tokens.length) {
      const t = this.tokens[this.k++];
      end = t.end;
      if (t.kind === 'lparen') open++;
      else if (t.kind === 'rparen' && --open <= 0) break;
    }
    this.problem(from.start, end, `Nested more than ${MAX_EXPRESSION_NESTING} levels deep: this part is not read.`);
    return { kind: 'missing', start: from.start, end };
  }

  private call(name: ExprToken): Expr {
    const open = this.tokens[this.k++];
    const args: Expr[] = [];
    if (this.peek()?.kind === 'rparen') {
      const close = this.tokens[this.k++];
      return { kind: 'call', name: name.text, nameSpan: { start: name.start, end: name.end }, args, open: open.start, close: close.start, start: name.start, end: close.end };
    }
    for (;;) {
      args.push(this.expression());
      const t = this.peek();
      if (t?.kind === 'comma') {
        this.k++;
        continue;
      }
      if (t?.kind === 'rparen') {
        this.k++;
        return { kind: 'call', name: name.text, nameSpan: { start: name.start, end: name.end }, args, open: open.start, close: t.start, start: name.start, end: t.end };
      }
      this.problem(open.start, open.end, `Missing ')': the argument list of ${name.text} is not closed.`);
      const last = args[args.length - 1];
      return { kind: 'call', name: name.text, nameSpan: { start: name.start, end: name.end }, args, open: open.start, start: name.start, end: last?.end ?? open.end };
    }
  }
}
