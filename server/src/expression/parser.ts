import type { Expr, ExpressionProblem, Operator, ParsedExpression } from './ast';
import { lexExpression, type ExprToken } from './lexer';

/**
 * Recursive descent over the token list. Every operator has the same priority and groups left to
 * right, as the engine evaluates them: `a || b && c` is `(a || b) && c`.
 */
export function parseExpression(text: string): ParsedExpression {
  const { tokens, problems } = lexExpression(text);
  const parser = new Parser(text, tokens.filter((t) => t.kind !== 'invalid'), problems);
  const root = parser.parseRoot();
  return { text, root, problems: problems.sort((a, b) => a.start - b.start) };
}

class Parser {
  private k = 0;

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
        return this.peek()?.kind === 'lparen' ? this.call(t) : { kind: 'word', name: t.text, start: t.start, end: t.end };
      case 'lparen': {
        this.k++;
        const inner = this.expression();
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
