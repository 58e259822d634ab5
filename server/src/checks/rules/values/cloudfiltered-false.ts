import { isStandardRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { fileTexts } from './flow-text';
import { constantOf, direction, flowTypeOf, sameName } from './rule-facts';
import { resultNodes, wordOf } from './result-nodes';

/**
 * AADC015 cloudfiltered-false: cloudFiltered is a vote. The out-of-box "In from AD - User Join" sets
 * it to True for system accounts and NULL otherwise; a custom rule of higher precedence that sets
 * False wins that vote and un-filters those accounts too. DOC-FIX's filter pattern is
 * `IIF(<condition>, True, NULL)`.
 */
export const cloudFilteredFalse: RuleCheck = {
  meta: {
    id: 'AADC015',
    name: 'cloudfiltered-false',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: 'A custom inbound rule sets cloudFiltered to False instead of NULL, overriding the filters of other rules.',
    docs: {
      why:
        'Several rules may decide whether an object is filtered out of the cloud: the out-of-box join rules set cloudFiltered to True for system and service accounts. ' +
        'The value of the rule with the lowest precedence number wins, and False is a value: a custom rule that answers False for the objects it does not want to filter brings back every object the other rules filtered. ' +
        'Microsoft\'s "Fix modified default rules" page (DOC-FIX) writes the filter as IIF(<condition>, True, NULL): NULL leaves the decision to the other rules.',
      fix: 'Yield NULL where the rule has nothing to say; yield True only for the objects to filter. Remove a Constant False flow.',
      wrong: `-Expression 'IIF(Left([sAMAccountName],4) = "SVC_", True, False)' \``,
      right: `-Expression 'IIF(Left([sAMAccountName],4) = "SVC_", True, NULL)' \``,
    },
  },
  perRule: ({ rule, reading, textOf }) => {
    if (isStandardRule(rule) || direction(rule) !== 'inbound') return [];
    const texts = fileTexts(reading, textOf);
    const out: RuleFinding[] = [];
    for (const flow of rule.flows) {
      if (!sameName(flow.destination.value, 'cloudFiltered')) continue;
      const type = flowTypeOf(flow);
      if (type === 'constant') {
        const constant = constantOf(rule.file, flow, texts);
        if (constant && /^\s*false\s*$/i.test(constant.value)) {
          out.push({
            file: rule.file,
            range: constant.range,
            message: 'cloudFiltered = False wins over the out-of-box filters and brings back the objects they filter out; flow True where objects should be filtered and nothing otherwise.',
          });
        }
      } else if (type === 'expression') {
        const expression = texts.expression(rule.file, flow);
        if (!expression) continue;
        for (const { node } of resultNodes(expression.parsed.root)) {
          if (wordOf(node)?.canonical !== 'False') continue;
          const fix = expression.fix('Change False to NULL', [{ start: node.start, end: node.end, newText: 'NULL' }]);
          out.push({
            file: rule.file,
            range: expression.range(node.start, node.end),
            message: 'False wins over the out-of-box filters for these objects and brings back the ones they filter out; NULL leaves the decision to the other rules.',
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
    return out;
  },
};
