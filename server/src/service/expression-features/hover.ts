import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { findFunction, findFunctionIgnoringCase } from '../../catalog/functions';
import { findWord } from '../../catalog/expression-words';
import { LEGACY_FUNCTIONS, LEGACY_OPERATORS } from '../../catalog/legacy-functions';
import type { ExprToken } from '../../expression/lexer';
import { attributeHoverMarkdown } from './attribute-hover';
import type { ExpressionDocument } from './expression-document';
import { functionMarkdown } from './function-docs';
import { expressionAt, fileRange, isCallName, tokenAt } from './locate';
import { codeBlock } from './markdown';
import { PARAMETER_DOCS, UNKNOWN_PARAMETER_DOC, VARIABLE_DOC, WORD_DOCS } from './word-docs';

/**
 * Hover inside an expression: a function's signatures and docs, an attribute's readers and writers in
 * this document, what a keyword, parameter or `$variable` means, the value of a hex number. Strings,
 * operators and unknown names get none (an unknown name has its diagnostic).
 */
export function expressionHover(doc: ExpressionDocument, position: Position): Hover | null {
  const cursor = expressionAt(doc, position);
  if (!cursor) return null;
  const token = tokenAt(cursor.tokens, cursor.offset);
  if (!token) return null;
  const value = describe(doc, cursor.tokens, token);
  if (value === undefined) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: fileRange(cursor.item, token.start, token.end) };
}

function describe(doc: ExpressionDocument, tokens: readonly ExprToken[], token: ExprToken): string | undefined {
  switch (token.kind) {
    case 'word':
      return isCallName(tokens, token) ? describeCall(token.text) : describeWord(token.text);
    case 'attribute':
      return token.text.trim() === '' ? undefined : attributeHoverMarkdown(doc, token.text.trim());
    case 'parameter':
      return `${codeBlock(`%${token.text}%`)}\n\n${PARAMETER_DOCS[token.text] ?? UNKNOWN_PARAMETER_DOC}`;
    case 'variable':
      return token.text === '' ? undefined : `${codeBlock(`$${token.text}`)}\n\n${VARIABLE_DOC}`;
    case 'number':
      return token.hex && Number.isFinite(token.value) ? `${codeBlock(token.text)}\n\n= ${token.value} (decimal)` : undefined;
    default:
      return undefined;
  }
}

function describeCall(name: string): string | undefined {
  const exact = findFunction(name);
  if (exact) return functionMarkdown(exact);
  const other = findFunctionIgnoringCase(name);
  if (other) return `${functionMarkdown(other)}\n\nFunction names are case-sensitive: the sync engine only knows **${other.name}**.`;
  const legacy = LEGACY_FUNCTIONS[name];
  if (legacy === undefined) return undefined;
  if (LEGACY_OPERATORS.has(name)) return `${name} is an old FIM function; the sync engine writes it as the operator \`${legacy}\`.`;
  const current = findFunction(legacy);
  return current ? `${name} is the old FIM name of **${legacy}**; the sync engine only knows ${legacy}.\n\n${functionMarkdown(current)}` : undefined;
}

function describeWord(name: string): string | undefined {
  const word = findWord(name);
  if (!word) return undefined;
  const spelled = word.canonical === name ? '' : ` (also written ${name})`;
  return `${codeBlock(word.canonical)}\n\n${WORD_DOCS[word.canonical] ?? ''}${spelled}`.trimEnd();
}
