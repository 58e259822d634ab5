import type { RuleCheck, RuleFinding } from '../../rule-check';
import { freeNear, precedenceFix, usedPrecedences } from './free-precedence';
import { knownPrecedence } from './rule-facts';

/** AADC006 precedence-negative: the engine refuses a rule whose precedence is below zero. */
export const precedenceNegative: RuleCheck = {
  meta: {
    id: 'AADC006',
    name: 'precedence-negative',
    severity: 'error',
    category: 'fast',
    fixable: true,
    summary: 'A negative precedence, which the sync engine rejects when the rule is added.',
    docs: {
      why: "The engine's own validation (BIN-OM) stops a rule with a precedence below zero (\"Precedence must be non-negative.\"), so Add-ADSyncRule fails and the rule never reaches the server.",
      fix: 'Use a free value from 0 to 99 for a custom rule; the quick fix picks the free value nearest to 0.',
      wrong: "-Precedence -1 `",
      right: "-Precedence 0 `",
    },
  },
  perRule: ({ rule, ruleSet, reading, textOf }) => {
    const p = knownPrecedence(rule);
    if (p === undefined || p >= 0 || !rule.precedence.range) return [];
    const used = usedPrecedences(ruleSet.rules);
    const target = used.has(0) ? freeNear(0, used) : 0;
    const finding: RuleFinding = {
      file: rule.file,
      range: rule.precedence.range,
      message: `Precedence ${p} is negative; the sync engine accepts only 0 and above and rejects the rule.`,
    };
    const fix = target !== undefined ? precedenceFix(rule, target, reading.format, textOf) : undefined;
    if (fix) {
      finding.fix = fix;
      finding.message += ` ${target} is free.`;
    }
    return [finding];
  },
};
