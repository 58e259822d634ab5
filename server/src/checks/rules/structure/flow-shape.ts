import type { Range } from 'vscode-languageserver-types';
import type { AttributeFlow, SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';

/**
 * AADC018 flow-shape: what each flow type must carry. Direct copies exactly one source attribute; an
 * Expression flow needs its expression; a Constant flow carries its one value in Source and no expression.
 * A flow type or source list the file names through a variable is not judged.
 */
export const flowShape: RuleCheck = {
  meta: {
    id: 'AADC018',
    name: 'flow-shape',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'A flow whose parts do not fit its type: Direct without exactly one source, Expression without an expression, Constant with an expression or without one value.',
    docs: {
      why:
        "The engine checks each mapping when the rule is added (BIN-OM): a Direct flow must name its source attribute (\"must have at least one source attribute\") and copies a single one; " +
        'the cmdlet refuses an empty -Expression (BIN-CMD); a Constant flow takes its value from -Source, so an -Expression on it is ignored or rejected, and a missing or second value leaves the constant undefined. ' +
        'Such flows appear when a flow is edited from one type to another by hand.',
      fix:
        'Make the parts match the type: one -Source for Direct (use Expression to combine several attributes), an -Expression for Expression, ' +
        "and for Constant exactly one value in -Source and no -Expression (or switch the flow to Expression if it computes the value).",
      wrong: "-Source @('givenName','sn') `\n-Destination 'displayName' `\n-FlowType 'Direct' `",
      right: "-Source @('givenName','sn') `\n-Destination 'displayName' `\n-FlowType 'Expression' `\n-ValueMergeType 'Update' `\n-Expression '[givenName] & \" \" & [sn]' `",
    },
  },
  perRule: ({ rule }) => rule.flows.flatMap((flow) => problems(rule, flow)),
};

function problems(rule: SyncRule, flow: AttributeFlow): RuleFinding[] {
  const type = flow.flowType.value?.trim().toLowerCase();
  const what = flow.destination.value ? ` to '${flow.destination.value}'` : '';
  const sources = flow.sources.unresolved === undefined ? flow.sources.value : undefined;
  const typeAt = flow.flowType.range ?? flow.range;
  const sourcesAt = flow.sources.range ?? typeAt;
  const hasExpression = flow.expression.value !== null && flow.expression.value.trim() !== '';
  const found = (range: Range, message: string): RuleFinding => ({ file: rule.file, range, message });
  switch (type) {
    case 'direct':
      if (sources === undefined || sources.length === 1) return [];
      return [
        sources.length === 0
          ? found(typeAt, `Direct flow${what} without a source attribute; a Direct flow copies exactly one (-Source @('attribute')).`)
          : found(sourcesAt, `Direct flow${what} with ${sources.length} source attributes; a Direct flow copies exactly one — combine several in an Expression flow.`),
      ];
    case 'expression':
      if (hasExpression || flow.expression.unresolved !== undefined) return [];
      return [found(flow.expression.range ?? typeAt, `Expression flow${what} without an expression; give it -Expression '…' or make it a Direct or Constant flow.`)];
    case 'constant': {
      const out: RuleFinding[] = [];
      if (flow.expression.value !== null || flow.expression.unresolved !== undefined) {
        out.push(found(flow.expression.range ?? typeAt, `Constant flow${what} with an expression; a Constant flow carries its value in -Source, so make it an Expression flow if it computes the value.`));
      }
      if (sources !== undefined && sources.length !== 1) {
        out.push(
          sources.length === 0
            ? found(typeAt, `Constant flow${what} without a value; a Constant flow carries exactly one value in -Source (e.g. -Source @('True')).`)
            : found(sourcesAt, `Constant flow${what} with ${sources.length} values; a Constant flow carries exactly one.`),
        );
      }
      return out;
    }
    default:
      return [];
  }
}
