import type { Range } from 'vscode-languageserver-types';
import type { FlowExpression } from '../../expression/flow-expressions';
import type { AttributeFlow, SyncRule } from '../../model/sync-rule';
import { ruleSides, type AttributeSide } from '../expression-features/attribute-index';
import type { MappedExpression } from '../expression-features/expression-document';
import { attributeNameSpan, codeTokens, fileRange } from '../expression-features/locate';

/** One place a rule file names an attribute, with what the rule does with it there. */
export interface AttributeOccurrence {
  /** As written. */
  name: string;
  /** Lower-case: the engine matches attribute names without regard to case. */
  key: string;
  file: string;
  range: Range;
  role: 'read' | 'write' | 'scope' | 'join';
  side?: AttributeSide;
  rule: SyncRule;
  /** The flow that reads or writes it there (none for scope and join conditions). */
  flow?: AttributeFlow;
}

/**
 * Every attribute name written in these rules: flow sources and destinations, `[name]` inside
 * expressions, scope and join attributes. Only names the reader located are listed; `expressions`
 * are the rules' flow expressions, mapped to their files where the text is known.
 */
export function attributeOccurrences(rules: readonly SyncRule[], expressions: readonly FlowExpression[]): AttributeOccurrence[] {
  const out: AttributeOccurrence[] = [];
  const add = (rule: SyncRule, name: string | null | undefined, range: Range | undefined, role: AttributeOccurrence['role'], side: AttributeSide | undefined, flow?: AttributeFlow) => {
    const written = name?.trim();
    if (written && range) out.push({ name: written, key: written.toLowerCase(), file: rule.file, range, role, side, rule, ...(flow ? { flow } : {}) });
  };
  for (const rule of rules) {
    const { readSide, writeSide } = ruleSides(rule);
    for (const flow of rule.flows) {
      // A Constant flow's "source" is its value, not an attribute.
      if (flow.flowType.value?.toLowerCase() !== 'constant') {
        const { value, items, range } = flow.sources;
        value.forEach((name, i) => add(rule, name, items?.[i] ?? (value.length === 1 ? range : undefined), 'read', readSide, flow));
      }
      add(rule, flow.destination.value, flow.destination.range, 'write', writeSide, flow);
    }
    for (const group of rule.scopeGroups) for (const c of group.conditions) add(rule, c.attribute.value, c.attribute.range, 'scope', readSide);
    for (const group of rule.joinGroups) {
      for (const c of group.conditions) {
        add(rule, c.csAttribute.value, c.csAttribute.range, 'join', 'cs');
        add(rule, c.mvAttribute.value, c.mvAttribute.range, 'join', 'mv');
      }
    }
  }
  for (const e of expressions) {
    if (!e.map || !e.lines) continue;
    const { readSide } = ruleSides(e.rule);
    const text = e.parsed.text;
    for (const token of codeTokens(text)) {
      if (token.kind !== 'attribute') continue;
      const [start, end] = attributeNameSpan(text, token);
      if (end > start) add(e.rule, text.slice(start, end), fileRange(e as MappedExpression, start, end), 'read', readSide, e.flow);
    }
  }
  return out;
}

/**
 * Whether two occurrences name the same attribute: the same name on the same side, and for the
 * connector space the same connector (by name when both know it: GUIDs differ between servers).
 * An unknown side or connector does not tell them apart.
 */
export function sameAttribute(a: AttributeOccurrence, b: AttributeOccurrence): boolean {
  if (a.key !== b.key) return false;
  if (a.side && b.side && a.side !== b.side) return false;
  if (a.side !== 'cs' || b.side !== 'cs') return true;
  const nameA = a.rule.connector.name.value?.toLowerCase();
  const nameB = b.rule.connector.name.value?.toLowerCase();
  if (nameA && nameB) return nameA === nameB;
  const idA = a.rule.connector.id.value?.toLowerCase();
  const idB = b.rule.connector.id.value?.toLowerCase();
  return !idA || !idB || idA === idB;
}
