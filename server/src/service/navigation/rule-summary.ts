import { isStandardRule, type AttributeFlow, type JoinCondition, type ScopeCondition, type SyncRule } from '../../model/sync-rule';

/** Outline detail of a rule: what an engineer scans for first. */
export function ruleDetail(rule: SyncRule): string {
  const parts = [
    rule.direction.value ?? rule.direction.unresolved ?? 'direction?',
    rule.precedence.value !== null ? `precedence ${rule.precedence.value}` : `precedence ${rule.precedence.unresolved ?? '?'}`,
    isStandardRule(rule) ? 'standard' : 'custom',
  ];
  if (rule.disabled.value) parts.push('disabled');
  return parts.join(' · ');
}

/** `destination ← source` for Direct, the constant in quotes for Constant, the expression (shortened) for Expression. */
export function flowSummary(flow: AttributeFlow): string {
  const destination = flow.destination.value ?? flow.destination.unresolved ?? '?';
  return `${destination} ← ${flowSource(flow)}`;
}

function flowSource(flow: AttributeFlow): string {
  const type = (flow.flowType.value ?? '').toLowerCase();
  const sources = flow.sources.value;
  if (type === 'expression') return shorten(oneLine(flow.expression.value ?? flow.expression.unresolved ?? '?'));
  if (type === 'constant') return `"${sources.join(',')}"`;
  return sources.length ? sources.join(', ') : '(no source)';
}

export function scopeConditionText(c: ScopeCondition): string {
  return `${c.attribute.value ?? '?'} ${c.operator.value ?? '?'} ${c.value.value ?? ''}`.trimEnd();
}

export function joinConditionText(c: JoinCondition): string {
  return `${c.csAttribute.value ?? '?'} = ${c.mvAttribute.value ?? '?'}${c.caseSensitive.value ? ' (case-sensitive)' : ''}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Outline rows are one line; long expressions keep their start, which names the function that decides. */
export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
