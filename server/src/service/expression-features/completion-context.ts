import type { ExprToken } from '../../expression/lexer';
import type { ExpressionCursor } from './locate';
import { NAME_CHAR, attributeNameSpan, isClosedString } from './locate';

/** What the cursor is in the middle of, with the value offsets a completion replaces. */
export type CompletionContext =
  | { kind: 'none' }
  | { kind: 'attribute'; start: number; end: number; closed: boolean }
  | { kind: 'parameter'; start: number; end: number; closed: boolean }
  | { kind: 'variable'; start: number; end: number }
  | { kind: 'word'; start: number; end: number; followedByParen: boolean };

/**
 * Reads the tokens around the cursor. Inside a string literal or a number nothing is offered; after `[`
 * attribute names, after `%` parameters, after `$` variables; anywhere else the word being typed.
 */
export function completionContext({ item, offset, tokens }: ExpressionCursor): CompletionContext {
  const text = item.parsed.text;
  const inside = tokens.find((t) => t.start < offset && offset <= t.end);
  if (inside) {
    const context = insideToken(text, inside, offset);
    if (context) return context;
  }
  const word = tokens.find((t) => t.kind === 'word' && t.start <= offset && offset <= t.end);
  const start = word?.start ?? offset;
  const end = word?.end ?? offset;
  const next = tokens.find((t) => t.start >= end);
  return { kind: 'word', start, end, followedByParen: next?.kind === 'lparen' };
}

function insideToken(text: string, t: ExprToken, offset: number): CompletionContext | undefined {
  switch (t.kind) {
    case 'string':
      // After the closing quote the cursor is outside the literal.
      return offset === t.end && isClosedString(text, t) ? undefined : { kind: 'none' };
    case 'number':
      return { kind: 'none' };
    case 'attribute': {
      const closed = text[t.end - 1] === ']';
      if (closed && offset === t.end) return undefined;
      if (closed) {
        const [start, end] = attributeNameSpan(text, t);
        return { kind: 'attribute', start: Math.min(start, offset), end: Math.max(end, offset), closed };
      }
      return { kind: 'attribute', start: nameStart(text, t.start + 1, offset), end: nameEnd(text, offset), closed };
    }
    case 'parameter': {
      const closed = t.end - t.start >= 2 && text[t.end - 1] === '%';
      if (closed && offset === t.end) return undefined;
      return { kind: 'parameter', start: t.start + 1, end: closed ? t.end - 1 : nameEnd(text, offset), closed };
    }
    case 'variable':
      return { kind: 'variable', start: t.start + 1, end: t.end };
    default:
      return undefined;
  }
}

/** Blanks after an unclosed `[` are not part of the name being typed. */
function nameStart(text: string, from: number, offset: number): number {
  let k = from;
  while (k < offset && /[ \t]/.test(text[k])) k++;
  return k;
}

/** An unclosed name (attribute or parameter) runs on from the cursor over name characters: completing replaces the rest of it. */
function nameEnd(text: string, offset: number): number {
  let k = offset;
  while (k < text.length && NAME_CHAR.test(text[k])) k++;
  return k;
}
