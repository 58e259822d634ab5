import { createHash } from 'node:crypto';
import type { AttributeFlow, JoinCondition, JoinGroup, ScopeCondition, ScopeGroup } from '../../model/sync-rule';
import { parseExpression } from '../../expression/parser';
import { normalForm } from '../../expression/print';
import type { ClausePrint, JoinConditionPrint, JoinGroupPrint, ScopeGroupPrint } from './types';

/**
 * Fingerprints: the first 16 hex digits of a SHA-256 over a canonical form. Equal content gives equal
 * prints in every format (Rules Editor export, server XML, Documenter report), so a rule can be compared
 * with the catalogue without the catalogue holding Microsoft's text.
 */
export function hash16(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

const FLOW_TYPES = ['Direct', 'Constant', 'Expression'];
const MERGE_TYPES = ['Update', 'Replace', 'MergeCaseInsensitive', 'Merge'];

/** PowerShell binds enum names case-insensitively; the prints use the engine's spelling. */
function canonical(value: string | null, names: string[]): string {
  if (value === null) return '';
  return names.find((n) => n.toLowerCase() === value.trim().toLowerCase()) ?? value.trim();
}

export function canonicalFlowType(flow: AttributeFlow): string {
  return canonical(flow.flowType.value, FLOW_TYPES);
}

/** An omitted -ValueMergeType binds the enum's zero value, Update. */
export function canonicalMergeType(flow: AttributeFlow): string {
  return flow.valueMergeType.value === null ? 'Update' : canonical(flow.valueMergeType.value, MERGE_TYPES);
}

/**
 * What the flow computes: the expression's normal form (whitespace and layout do not count), or the
 * source attributes / the constant. An Expression flow's sources are left out: exports list them
 * differently (newer server XML omits some), and the expression names them anyway.
 */
export function flowValueText(flow: AttributeFlow): string {
  if (canonicalFlowType(flow) === 'Expression') {
    const text = flow.expression.value ?? '';
    const parsed = parseExpression(text);
    // A damaged expression has no trustworthy tree: compare its text, whitespace collapsed.
    return parsed.problems.length ? `text:${text.replace(/\s+/g, ' ').trim()}` : `expr:${normalForm(parsed.root)}`;
  }
  return `src:${JSON.stringify(flow.sources.value)}`;
}

export function flowPrint(flow: AttributeFlow): string {
  return hash16(JSON.stringify([flow.destination.value ?? '', canonicalFlowType(flow), canonicalMergeType(flow), flow.executeOnce.value, flowValueText(flow)]));
}

export function clausePrint(c: ScopeCondition): ClausePrint {
  // ISNULL/ISNOTNULL carry an empty value; formats write it as '' or an empty element.
  const text = JSON.stringify([c.attribute.value ?? '', (c.operator.value ?? '').trim().toUpperCase(), c.value.value ?? '']);
  return { attribute: c.attribute.value ?? '', fingerprint: hash16(text) };
}

/** Clauses are AND'ed: the group's print is over the sorted clause prints. */
export function scopeGroupPrint(group: ScopeGroup): ScopeGroupPrint {
  const clauses = group.conditions.map(clausePrint).sort(byPrint);
  return { fingerprint: hash16(JSON.stringify(clauses.map((c) => c.fingerprint))), clauses };
}

export function joinConditionPrint(c: JoinCondition): JoinConditionPrint {
  const text = JSON.stringify([c.csAttribute.value ?? '', c.mvAttribute.value ?? '', c.caseSensitive.value]);
  return { csAttribute: c.csAttribute.value ?? '', mvAttribute: c.mvAttribute.value ?? '', fingerprint: hash16(text) };
}

/** Conditions of a join group are AND'ed too; the groups themselves keep their order. */
export function joinGroupPrint(group: JoinGroup): JoinGroupPrint {
  const conditions = group.conditions.map(joinConditionPrint).sort(byPrint);
  return { fingerprint: hash16(JSON.stringify(conditions.map((c) => c.fingerprint))), conditions };
}

/** Descriptions are compared with their whitespace collapsed (the Documenter report re-flows text). */
export function descriptionPrint(text: string | null): string | undefined {
  const collapsed = (text ?? '').replace(/\s+/g, ' ').trim();
  return collapsed === '' ? undefined : hash16(collapsed);
}

function byPrint(a: { fingerprint: string }, b: { fingerprint: string }): number {
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}
