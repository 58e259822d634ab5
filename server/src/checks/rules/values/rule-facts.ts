import type { Range } from 'vscode-languageserver-types';
import type { AttributeFlow, SyncRule } from '../../../model/sync-rule';
import type { FileTexts } from './flow-text';

/** Facts about rules and flows the value checks share; names compare the way the engine binds them. */

export function direction(rule: SyncRule): 'inbound' | 'outbound' | undefined {
  const d = rule.direction.value?.trim().toLowerCase();
  return d === 'inbound' || d === 'outbound' ? d : undefined;
}

export function flowTypeOf(flow: AttributeFlow): 'direct' | 'constant' | 'expression' | undefined {
  const t = flow.flowType.value?.trim().toLowerCase();
  return t === 'direct' || t === 'constant' || t === 'expression' ? t : undefined;
}

export type MergeKind = 'update' | 'merge';

/** Replace "is the same as Update" (DOC-DECL); a flow without -ValueMergeType is Update. */
const MERGE_KINDS: Record<string, MergeKind> = { update: 'update', replace: 'update', merge: 'merge', mergecaseinsensitive: 'merge' };

/** Update (the precedence winner's value) or Merge (every contribution); undefined for a name the engine does not know. */
export function mergeKind(flow: AttributeFlow): MergeKind | undefined {
  return MERGE_KINDS[(flow.valueMergeType.value ?? 'Update').trim().toLowerCase()];
}

export function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  return a != null && b != null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function ruleLabel(rule: SyncRule): string {
  return rule.name.value !== null ? `'${rule.name.value}'` : (rule.name.unresolved ?? '(unnamed rule)');
}

export interface ConstantValue {
  value: string;
  /** The constant's characters: inside the quotes of `-Source @('…')`, the text of `<src>`. */
  range: Range;
}

/**
 * A Constant flow's value and where it is written. The model keeps the range of the whole `-Source`
 * list; a script writes the one constant as the first quoted item of it.
 */
export function constantOf(file: string, flow: AttributeFlow, texts: FileTexts): ConstantValue | undefined {
  return flowTypeOf(flow) === 'constant' ? firstSource(file, flow, texts) : undefined;
}

/** The first `-Source` item (the only one of a Direct or Constant flow) and where it is written. */
export function firstSource(file: string, flow: AttributeFlow, texts: FileTexts): ConstantValue | undefined {
  const value = flow.sources.value[0];
  if (value === undefined) return undefined;
  const at = flow.sources.range;
  if (!at) return { value, range: flow.range };
  const lines = texts.lines(file);
  if (!lines || /\.(xml|html?)$/i.test(file)) return { value, range: at };
  const start = lines.offsetAt(at.start);
  const raw = lines.text.slice(start, lines.offsetAt(at.end));
  const quoted = /'((?:[^']|'')*)'|"([^"]*)"/.exec(raw);
  if (!quoted || !/^(@?\()?\s*['"]/.test(raw)) return { value, range: at };
  const contentStart = start + quoted.index + 1;
  return { value, range: lines.rangeOf(contentStart, contentStart + quoted[0].length - 2) };
}
