import type { SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { describeRule, rangeOf } from './rule-facts';
import { fewOthers, linkOthers, nameOthers } from '../other-rules';
import { addTo } from '../../../model/multimap';

/** AADC025 identifier-reuse: two rules of one configuration with one Identifier; both are reported. */
export const identifierReuse: RuleCheck = {
  meta: {
    id: 'AADC025',
    name: 'identifier-reuse',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'Two rules with the same Identifier: adding the second replaces the first.',
    docs: {
      why:
        'Add-ADSyncRule adds or replaces: a rule whose Identifier is already on the server overwrites the rule that has it, without a word. ' +
        'DOC-CHANGE asks for a unique Identifier for exactly this reason; the usual cause is a new rule written from an export whose -Identifier was not changed.',
      fix:
        'Give the new rule a fresh GUID in -Identifier (and in the Get-ADSyncRule line after it), e.g. from [guid]::NewGuid(). ' +
        'If the same rule is written twice, keep one of the two.',
      wrong: "-Name 'In from AD - User Office' `\n-Identifier '5b0e9a4c-2f7d-4c1e-9d3a-8e6f1a2b3c4d' `\n…\n-Name 'In from AD - User Title' `\n-Identifier '5b0e9a4c-2f7d-4c1e-9d3a-8e6f1a2b3c4d' `",
      right: "-Name 'In from AD - User Office' `\n-Identifier '5b0e9a4c-2f7d-4c1e-9d3a-8e6f1a2b3c4d' `\n…\n-Name 'In from AD - User Title' `\n-Identifier 'c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f' `",
    },
  },
  perConfig: ({ ruleSet }) => {
    const byId = new Map<string, SyncRule[]>();
    for (const r of ruleSet.rules) {
      const id = r.identifier.value;
      if (id === null) continue;
      addTo(byId, id, r);
    }
    const out: RuleFinding[] = [];
    for (const [id, rules] of byId) {
      if (rules.length < 2) continue;
      for (const rule of rules) {
        const { few, count } = fewOthers(rules, rule);
        out.push(reuseFinding(rule, id, few, count));
      }
    }
    return out;
  },
};

export function reuseFinding(rule: SyncRule, id: string, others: readonly SyncRule[], count = others.length): RuleFinding {
  return {
    file: rule.file,
    range: rangeOf(rule.identifier, rule),
    message: `Identifier ${id} is also given to ${nameOthers(others, (o) => describeRule(o, rule.file), count)}; Add-ADSyncRule replaces the rule that has an Identifier, so only one of them stays on the server.`,
    related: linkOthers(others, (o) => ({ file: o.file, range: rangeOf(o.identifier, o), message: `${describeRule(o)} has Identifier ${id} too` })),
  };
}
