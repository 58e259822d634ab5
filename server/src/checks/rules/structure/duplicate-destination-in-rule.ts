import type { AttributeFlow } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';

/**
 * AADC017 duplicate-destination-in-rule: one rule may write an attribute once. Attribute names are compared
 * without regard to case, as the directory compares them; each repeat is reported and points at the first.
 */
export const duplicateDestinationInRule: RuleCheck = {
  meta: {
    id: 'AADC017',
    name: 'duplicate-destination-in-rule',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'Two attribute flows of one rule write the same destination, which the engine rejects.',
    docs: {
      why:
        "The engine's rule validation (BIN-OM) refuses a rule with two mappings to one target attribute (\"Multiple attribute flow mappings to the same target attribute … in one sync rule is not allowed\"), " +
        'so the whole rule fails to save. It usually comes from pasting a flow twice or from editing a copy of a flow instead of the original.',
      fix: 'Keep one flow per destination: merge the two into one expression (for example with IIF) or remove the one that is not wanted.',
      wrong: "-Destination 'department' `\n-Expression 'Trim([department])' `\n…\n-Destination 'Department' `\n-Expression 'Left([department],64)' `",
      right: "-Destination 'department' `\n-Expression 'Left(Trim([department]),64)' `",
    },
  },
  perRule: ({ rule }) => {
    const out: RuleFinding[] = [];
    const first = new Map<string, AttributeFlow>();
    for (const flow of rule.flows) {
      const dest = flow.destination.value?.trim();
      if (!dest) continue;
      const key = dest.toLowerCase();
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, flow);
        continue;
      }
      const at = earlier.destination.range ?? earlier.range;
      out.push({
        file: rule.file,
        range: flow.destination.range ?? flow.range,
        message: `'${dest}' is already the destination of a flow of this rule (line ${at.start.line + 1}); the engine allows one flow per target attribute in a rule.`,
        related: [{ file: rule.file, range: at, message: `first flow to '${earlier.destination.value}'` }],
      });
    }
    return out;
  },
};
