import type { SemanticTokens } from 'vscode-languageserver-types';
import { EXPRESSION_TOKEN_LEGEND } from '../../../../server/src/service/expression-features/semantic-tokens';

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Undoes the protocol's relative encoding, as a client does, with type names from the legend. */
export function decodeTokens(tokens: SemanticTokens | null): DecodedToken[] {
  const data = tokens?.data ?? [];
  if (data.length % 5 !== 0) throw new Error(`semantic token data has ${data.length} numbers, not a multiple of 5`);
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let k = 0; k < data.length; k += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(k, k + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    out.push({
      line,
      character,
      length,
      type: EXPRESSION_TOKEN_LEGEND.tokenTypes[type],
      modifiers: EXPRESSION_TOKEN_LEGEND.tokenModifiers.filter((_, bit) => modifiers & (1 << bit)),
    });
  }
  return out;
}

/** The document text each token covers, beside its type: `function Left`, `property displayName`. */
export function tokenTexts(text: string, tokens: readonly DecodedToken[]): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  return tokens.map((t) => `${t.type} ${lines[t.line].slice(t.character, t.character + t.length)}`);
}
