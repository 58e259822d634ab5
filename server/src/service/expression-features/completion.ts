import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-types';
import { FUNCTIONS, findFunction, findFunctionIgnoringCase } from '../../catalog/functions';
import type { FunctionInfo } from '../../catalog/function-types';
import { KNOWN_WORDS } from '../../catalog/expression-words';
import { attributeIndex, type AttributeSide } from './attribute-index';
import { completionContext } from './completion-context';
import { enclosingCall } from './enclosing-call';
import type { ExpressionDocument, MappedExpression } from './expression-document';
import { functionDocsLink } from './function-docs';
import { expressionAt, fileRange, type ExpressionCursor } from './locate';
import { activeSignatureIndex, parameterIndex, signatureText } from './signature-label';
import { PARAMETER_DOCS, WORD_DOCS } from './word-docs';

export interface ExpressionCompletionOptions {
  /** Attribute names known beyond this document (a server export's metaverse schema), offered after the document's own. */
  extraAttributes?: readonly string[];
}

/**
 * Completion inside an expression: functions (as snippets of their signature), keywords and enum words
 * where a value goes, attribute names after `[`, parameters after `%`, the expression's `$variables`
 * after `$`. Nothing outside expressions or inside a string literal: null, so other providers speak.
 */
export function expressionCompletion(doc: ExpressionDocument, position: Position, options: ExpressionCompletionOptions = {}): CompletionList | null {
  const cursor = expressionAt(doc, position);
  if (!cursor) return null;
  const context = completionContext(cursor);
  // Inserted text goes into a single-quoted PowerShell string, where a quote is written twice.
  const quoted = cursor.item.flow.expression.quoting === 'powershell-single';
  const edit = (start: number, end: number, newText: string): TextEdit => ({ range: fileRange(cursor.item, start, end), newText: quoted ? newText.replace(/'/g, "''") : newText });
  let items: CompletionItem[];
  switch (context.kind) {
    case 'none':
      return null;
    case 'attribute':
      items = attributeItems(doc, cursor.item, options.extraAttributes ?? []).map((i) => ({ ...i, textEdit: edit(context.start, context.end, context.closed ? i.label : `${i.label}]`) }));
      break;
    case 'parameter':
      items = Object.entries(PARAMETER_DOCS).map(([name, about]) => ({
        label: name,
        kind: CompletionItemKind.Variable,
        documentation: about,
        textEdit: edit(context.start, context.end, context.closed ? name : `${name}%`),
      }));
      break;
    case 'variable':
      items = variableNames(cursor, context.start).map((name) => ({ label: name, kind: CompletionItemKind.Variable, textEdit: edit(context.start, context.end, name) }));
      break;
    case 'word': {
      const replace = (newText: string) => edit(context.start, context.end, newText);
      items = [...FUNCTIONS.map((fn) => functionItem(fn, context.followedByParen, replace)), ...wordItems(enumWordsWanted(cursor), replace)];
      break;
    }
  }
  return { isIncomplete: false, items };
}

type Replace = (newText: string) => TextEdit;

function functionItem(fn: FunctionInfo, followedByParen: boolean, replace: Replace): CompletionItem {
  const item: CompletionItem = {
    label: fn.name,
    kind: CompletionItemKind.Function,
    detail: signatureText(fn, fn.signatures[0]).label,
    documentation: { kind: MarkupKind.Markdown, value: `${fn.description}\n\n${functionDocsLink(fn)}` },
    sortText: `1${fn.name}`,
  };
  // Renaming the function of an existing call keeps its arguments: insert the name only.
  if (followedByParen) return { ...item, textEdit: replace(fn.name) };
  return { ...item, insertTextFormat: InsertTextFormat.Snippet, textEdit: replace(callSnippet(fn)) };
}

/** `Left(${1:string}, ${2:numChars})`: required parameters only; `$item` and string-literal arguments come pre-shaped. */
export function callSnippet(fn: FunctionInfo): string {
  const required = fn.signatures[0].parameters.filter((p) => !p.optional);
  const args = required.map((p, k) => {
    if (p.types.includes('item')) return `\${${k + 1}:\\$${p.name}}`;
    if (p.literalString) return `"\${${k + 1}:${p.name}}"`;
    return `\${${k + 1}:${p.name}}`;
  });
  return `${fn.name}(${args.join(', ')})`;
}

/** Constants always; enum words first when the argument being typed takes them, last otherwise. */
function wordItems(wanted: readonly string[], replace: Replace): CompletionItem[] {
  return KNOWN_WORDS.map((w) => {
    const isEnum = w.kind === 'enum';
    const rank = isEnum ? (wanted.includes(w.canonical) ? '0' : '3') : '2';
    const item: CompletionItem = {
      label: w.canonical,
      kind: isEnum ? CompletionItemKind.EnumMember : CompletionItemKind.Keyword,
      documentation: WORD_DOCS[w.canonical],
      sortText: `${rank}${w.canonical}`,
      textEdit: replace(w.canonical),
    };
    if (rank === '0') item.preselect = wanted[0] === w.canonical;
    return item;
  });
}

/** The enum words the current argument accepts (InStr's 4th: vbTextCompare, vbBinaryCompare). */
function enumWordsWanted(cursor: ExpressionCursor): string[] {
  const call = enclosingCall(cursor.tokens, cursor.offset);
  const fn = call && (findFunction(call.name) ?? findFunctionIgnoringCase(call.name));
  if (!call || !fn) return [];
  const signature = fn.signatures[activeSignatureIndex(fn, call.argIndex)];
  return signature.parameters[parameterIndex(fn, signature, call.argIndex)]?.enumValues ?? [];
}

/**
 * Every attribute the document's rules use. Names on the side this rule reads (the connector space for
 * an inbound rule, the metaverse for an outbound one) sort first; the extra list comes last.
 */
function attributeItems(doc: ExpressionDocument, item: MappedExpression, extra: readonly string[]): CompletionItem[] {
  const direction = item.rule.direction.value?.toLowerCase();
  const side: AttributeSide | undefined = direction === 'inbound' ? 'cs' : direction === 'outbound' ? 'mv' : undefined;
  const items: CompletionItem[] = [];
  for (const [name, uses] of attributeIndex(doc)) {
    const rules = new Set(uses.map((u) => u.rule)).size;
    const sameSide = side === undefined || uses.some((u) => u.side === side || u.side === undefined);
    items.push({
      label: name,
      kind: CompletionItemKind.Field,
      detail: `used by ${rules} rule${rules === 1 ? '' : 's'} in this document`,
      sortText: `${sameSide ? '0' : '1'}${name}`,
    });
  }
  const known = new Set(items.map((i) => i.label));
  for (const name of extra) {
    if (known.has(name)) continue;
    known.add(name);
    items.push({ label: name, kind: CompletionItemKind.Field, detail: 'from the schema', sortText: `2${name}` });
  }
  return items;
}

/** `$names` written elsewhere in the expression (Where, Select and With bind them). */
function variableNames(cursor: ExpressionCursor, typingAt: number): string[] {
  const names = cursor.tokens.filter((t) => t.kind === 'variable' && t.start + 1 !== typingAt && t.text !== '').map((t) => t.text);
  return [...new Set(names)];
}
