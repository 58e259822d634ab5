import { flowSummary, shorten } from '../service/navigation/rule-summary';
import { scopeSummary, type AttributeLineage } from '../service/lineage/lineage';

/** Groups in engine order, each flow on one line with its precedence, then what part it plays. */
export function lineageText(lineage: AttributeLineage, label: string): string {
  const count = lineage.groups.reduce((n, g) => n + g.entries.length, 0);
  if (count === 0) return `No flow in ${label} writes ${lineage.attribute}.\n`;
  const out = [`${count} flow${count === 1 ? ' in ' + label + ' writes' : 's in ' + label + ' write'} ${lineage.attribute}, in the order the engine applies them:`];
  for (const g of lineage.groups) {
    out.push('', `${g.target} (${g.direction ?? 'direction unknown'}):`);
    if (g.note) out.push(`  ${g.note}`);
    for (const e of g.entries) {
      const precedence = String(e.precedence ?? e.rule.precedence.unresolved ?? '?').padStart(4);
      const marker = e.wins ? '*' : e.applied ? ' ' : '-';
      out.push(`  ${marker}${precedence}  ${e.rule.name.value ?? '(unnamed rule)'}  [${e.connector ?? '?'}; ${e.flow.flowType.value ?? '?'}, ${e.mergeType}]`);
      out.push(`          ${flowSummary(e.flow)}`);
      out.push(`          scope: ${shorten(scopeSummary(e.rule), 100)}`);
      out.push(`          ${e.role}`);
    }
  }
  out.push('', '* wins for an object of its kind that every scope takes in;  - not applied (disabled or JoinNoFlow)');
  return out.join('\n') + '\n';
}
