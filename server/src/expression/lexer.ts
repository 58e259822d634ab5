import type { ExpressionProblem, Operator } from './ast';

export type TokenKind = 'word' | 'attribute' | 'parameter' | 'string' | 'number' | 'variable' | 'operator' | 'lparen' | 'rparen' | 'comma' | 'invalid';

export interface ExprToken {
  kind: TokenKind;
  start: number;
  end: number;
  /** Name of a word/attribute/parameter/variable, decoded string value, or operator text. */
  text: string;
  value?: number;
  hex?: boolean;
}

const OPERATORS: Operator[] = ['<>', '<=', '>=', '&&', '||', '=', '<', '>', '+', '-', '*', '&'];
const SMART_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033]/;
const SMART_SINGLE = /[\u2018\u2019\u201a\u201b]/;
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"' };

function isNameStart(c: string): boolean {
  return /[A-Za-z_]/.test(c);
}

function isNameChar(c: string): boolean {
  return /[A-Za-z0-9_]/.test(c);
}

/**
 * Tokens of an expression, with the engine's own lexical errors (unterminated string, attribute or
 * parameter, empty attribute, bad `&H`, invalid escape) and the typographic quotes editors slip in.
 */
export function lexExpression(text: string): { tokens: ExprToken[]; problems: ExpressionProblem[] } {
  const tokens: ExprToken[] = [];
  const problems: ExpressionProblem[] = [];
  const n = text.length;
  let i = 0;
  const problem = (start: number, end: number, message: string) => problems.push({ start, end, message });
  while (i < n) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '"' || SMART_DOUBLE.test(c)) {
      if (c !== '"') problem(i, i + 1, `'${c}' is a typographic quote: string literals use straight double quotes (").`);
      i++;
      let value = '';
      let closed = false;
      while (i < n) {
        const ch = text[i];
        if (ch === '"' || SMART_DOUBLE.test(ch)) {
          if (ch !== '"') problem(i, i + 1, `'${ch}' is a typographic quote: string literals use straight double quotes (").`);
          closed = true;
          i++;
          break;
        }
        if (ch === '\\') {
          const next = text[i + 1];
          if (next !== undefined && ESCAPES[next] !== undefined) {
            value += ESCAPES[next];
            i += 2;
            continue;
          }
          // The engine keeps a lone backslash; only a backslash before a quote or backslash is an escape.
          value += ch;
          i++;
          continue;
        }
        value += ch;
        i++;
      }
      if (!closed) problem(start, n, 'Unterminated string literal: the closing " is missing.');
      tokens.push({ kind: 'string', start, end: i, text: value });
      continue;
    }
    if (SMART_SINGLE.test(c) || c === "'") {
      problem(i, i + 1, `'${c}' cannot start a string here: string literals use straight double quotes (").`);
      tokens.push({ kind: 'invalid', start, end: i + 1, text: c });
      i++;
      continue;
    }
    if (c === '[') {
      const close = text.indexOf(']', i + 1);
      // An attribute name holds no line break or operator: an unclosed `[` ends where the name does.
      const lineEnd = text.slice(i + 1).search(/[\r\n[(),"&|=<>+*]/);
      const stop = lineEnd < 0 ? -1 : i + 1 + lineEnd;
      if (close < 0 || (stop >= 0 && stop < close)) {
        let end = stop >= 0 ? stop : n;
        while (end > i + 1 && /\s/.test(text[end - 1])) end--;
        problem(start, end, 'Unterminated attribute: the closing ] is missing.');
        tokens.push({ kind: 'attribute', start, end, text: text.slice(i + 1, end).trim() });
        i = end;
        continue;
      }
      const name = text.slice(i + 1, close);
      if (name.trim() === '') problem(start, close + 1, 'Empty attribute: [] names no attribute.');
      tokens.push({ kind: 'attribute', start, end: close + 1, text: name });
      i = close + 1;
      continue;
    }
    if (c === '%') {
      const close = text.indexOf('%', i + 1);
      const stop = text.slice(i + 1).search(/[\s(),"]/);
      if (close < 0 || (stop >= 0 && i + 1 + stop < close)) {
        // An unclosed `%` ends where a parameter name cannot go on.
        const end = stop >= 0 ? i + 1 + stop : n;
        problem(start, Math.max(end, i + 1), 'Unterminated parameter: the closing % is missing.');
        tokens.push({ kind: 'parameter', start, end: Math.max(end, i + 1), text: text.slice(i + 1, end) });
        i = Math.max(end, i + 1);
        continue;
      }
      if (close === i + 1) problem(start, close + 1, 'Empty parameter: %% names no parameter.');
      tokens.push({ kind: 'parameter', start, end: close + 1, text: text.slice(i + 1, close) });
      i = close + 1;
      continue;
    }
    if (c === '&' && /[hH]/.test(text[i + 1] ?? '')) {
      let j = i + 2;
      while (j < n && /[0-9A-Za-z]/.test(text[j])) j++;
      const digits = text.slice(i + 2, j);
      if (!/^[0-9A-Fa-f]+$/.test(digits)) {
        problem(start, j, '&H must be followed by a hexadecimal number.');
        tokens.push({ kind: 'number', start, end: j, text: text.slice(i, j), value: NaN, hex: true });
      } else {
        if (digits.length > 16) problem(start, j, `Number ${text.slice(i, j)} is too large to fit in a 64-bit integer.`);
        tokens.push({ kind: 'number', start, end: j, text: text.slice(i, j), value: parseInt(digits, 16), hex: true });
      }
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i;
      while (j < n && /[0-9]/.test(text[j])) j++;
      const digits = text.slice(i, j);
      if (digits.length > 19 || (digits.length === 19 && digits > '9223372036854775807')) {
        problem(start, j, `Number ${digits} is too large to fit in a 64-bit integer.`);
      }
      tokens.push({ kind: 'number', start, end: j, text: digits, value: Number(digits), hex: false });
      i = j;
      continue;
    }
    if (c === '$') {
      let j = i + 1;
      while (j < n && isNameChar(text[j])) j++;
      if (j === i + 1) problem(start, j, 'Invalid variable name: $ must be followed by a name.');
      tokens.push({ kind: 'variable', start, end: j, text: text.slice(i + 1, j) });
      i = j;
      continue;
    }
    if (isNameStart(c)) {
      let j = i;
      while (j < n && isNameChar(text[j])) j++;
      tokens.push({ kind: 'word', start, end: j, text: text.slice(i, j) });
      i = j;
      continue;
    }
    if (c === '(') {
      tokens.push({ kind: 'lparen', start, end: i + 1, text: c });
      i++;
      continue;
    }
    if (c === ')') {
      tokens.push({ kind: 'rparen', start, end: i + 1, text: c });
      i++;
      continue;
    }
    if (c === ',') {
      tokens.push({ kind: 'comma', start, end: i + 1, text: c });
      i++;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'operator', start, end: i + op.length, text: op });
      i += op.length;
      continue;
    }
    problem(start, i + 1, `Unexpected character '${c}' in the expression.`);
    tokens.push({ kind: 'invalid', start, end: i + 1, text: c });
    i++;
  }
  return { tokens, problems };
}
