import { SemanticTokenModifiers, SemanticTokenTypes, type Range, type SemanticTokens, type SemanticTokensLegend } from 'vscode-languageserver-types';
import { findFunction } from '../../catalog/functions';
import { findWord } from '../../catalog/expression-words';
import type { ExprToken } from '../../expression/lexer';
import type { ExpressionDocument, MappedExpression } from './expression-document';
import { attributeNameSpan, codeTokens, isCallName } from './locate';

/**
 * Standard token types only, so every theme colours them. Attributes are `property`: the token covers the
 * name between the brackets, the brackets stay punctuation for the grammar. `defaultLibrary` marks
 * functions and words the engine itself defines.
 */
export const EXPRESSION_TOKEN_LEGEND: SemanticTokensLegend = {
  tokenTypes: [
    SemanticTokenTypes.function,
    SemanticTokenTypes.property,
    SemanticTokenTypes.string,
    SemanticTokenTypes.number,
    SemanticTokenTypes.operator,
    SemanticTokenTypes.parameter,
    SemanticTokenTypes.keyword,
    SemanticTokenTypes.enumMember,
    SemanticTokenTypes.variable,
  ],
  tokenModifiers: [SemanticTokenModifiers.defaultLibrary],
};

const TYPE = Object.fromEntries(EXPRESSION_TOKEN_LEGEND.tokenTypes.map((t, k) => [t, k])) as Record<string, number>;
const DEFAULT_LIBRARY = 1 << EXPRESSION_TOKEN_LEGEND.tokenModifiers.indexOf(SemanticTokenModifiers.defaultLibrary);

/** One coloured stretch of one line of the document (the protocol's tokens never cross a line break). */
export interface FileToken {
  line: number;
  character: number;
  length: number;
  type: number;
  modifiers: number;
}

/**
 * Semantic tokens for every expression of the document, relative-encoded as the protocol wants.
 * `range` limits them to the expressions that touch it. Null when the document holds no expression, so
 * a PowerShell document keeps whatever other provider colours it.
 */
export function expressionSemanticTokens(doc: ExpressionDocument, range?: Range): SemanticTokens | null {
  if (doc.expressions.length === 0) return null;
  return { data: encode(expressionFileTokens(doc, range)) };
}

/** The tokens in document order, one per line stretch, before the relative encoding. */
export function expressionFileTokens(doc: ExpressionDocument, range?: Range): FileToken[] {
  const out: FileToken[] = [];
  for (const item of doc.expressions) {
    if (range && !touches(item, range)) continue;
    const tokens = codeTokens(item.parsed.text);
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      const kind = classify(item.parsed.text, tokens, k);
      if (!kind) continue;
      const [start, end] = kind.span ?? [token.start, token.end];
      if (end > start) out.push(...splitByLine(item, start, end, kind.type, kind.modifiers));
    }
  }
  out.sort((a, b) => a.line - b.line || a.character - b.character);
  return range ? out.filter((t) => t.line >= range.start.line && t.line <= range.end.line) : out;
}

function touches(item: MappedExpression, range: Range): boolean {
  const first = item.lines.positionAt(item.map.rawStart).line;
  const last = item.lines.positionAt(item.map.rawStart + item.map.raw.length).line;
  return last >= range.start.line && first <= range.end.line;
}

interface Kind {
  type: number;
  modifiers: number;
  /** Part of the token to colour, when not all of it. */
  span?: [number, number];
}

/** Unknown bare words get no colour: the diagnostic on them should not be hidden by a confident colour. */
function classify(text: string, tokens: readonly ExprToken[], index: number): Kind | undefined {
  const token = tokens[index];
  switch (token.kind) {
    case 'word': {
      if (isCallName(tokens, token, index)) return { type: TYPE.function, modifiers: findFunction(token.text) ? DEFAULT_LIBRARY : 0 };
      const word = findWord(token.text);
      if (!word) return undefined;
      return { type: word.kind === 'enum' ? TYPE.enumMember : TYPE.keyword, modifiers: DEFAULT_LIBRARY };
    }
    case 'attribute':
      return { type: TYPE.property, modifiers: 0, span: attributeNameSpan(text, token) };
    case 'parameter':
      return { type: TYPE.parameter, modifiers: 0 };
    case 'string':
      return { type: TYPE.string, modifiers: 0 };
    case 'number':
      return { type: TYPE.number, modifiers: 0 };
    case 'operator':
      return { type: TYPE.operator, modifiers: 0 };
    case 'variable':
      return { type: TYPE.variable, modifiers: 0 };
    default:
      return undefined;
  }
}

/** A token that crosses line breaks in the file becomes one token per line, skipping the breaks and empty stretches. */
function splitByLine(item: MappedExpression, start: number, end: number, type: number, modifiers: number): FileToken[] {
  const from = item.map.toFile(start);
  const to = item.map.toFile(end);
  const first = item.lines.positionAt(from);
  const last = item.lines.positionAt(to);
  const out: FileToken[] = [];
  for (let line = first.line; line <= last.line; line++) {
    const lineStart = item.lines.lineStart(line);
    const a = Math.max(from, lineStart);
    const b = Math.min(to, item.lines.lineEnd(line));
    if (b > a) out.push({ line, character: a - lineStart, length: b - a, type, modifiers });
  }
  return out;
}

/** The protocol's relative encoding: line delta, start delta (from the previous token when on its line), length, type, modifiers. */
function encode(tokens: readonly FileToken[]): number[] {
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const t of tokens) {
    const deltaLine = t.line - line;
    data.push(deltaLine, deltaLine === 0 ? t.character - character : t.character, t.length, t.type, t.modifiers);
    line = t.line;
    character = t.character;
  }
  return data;
}
