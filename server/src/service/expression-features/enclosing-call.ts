import type { ExprToken } from '../../expression/lexer';

/** A call whose argument list the cursor is in. */
export interface EnclosingCall {
  name: string;
  nameToken: ExprToken;
  /** 0-based: how many commas of this call's own argument list come before the cursor. */
  argIndex: number;
}

/**
 * The innermost call around `offset`, read from the tokens before it rather than from the tree, so an
 * unfinished call (`Left([displayName], `) counts like a finished one. Commas inside nested calls or
 * parentheses belong to those, not to the call around them.
 */
export function enclosingCall(tokens: readonly ExprToken[], offset: number): EnclosingCall | undefined {
  const open: { call?: EnclosingCall }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.end > offset) break;
    if (t.kind === 'lparen') {
      const before = tokens[k - 1];
      open.push(before?.kind === 'word' ? { call: { name: before.text, nameToken: before, argIndex: 0 } } : {});
    } else if (t.kind === 'rparen') {
      open.pop();
    } else if (t.kind === 'comma') {
      const top = open[open.length - 1];
      if (top?.call) top.call.argIndex++;
    }
  }
  for (let k = open.length - 1; k >= 0; k--) if (open[k].call) return open[k].call;
  return undefined;
}
