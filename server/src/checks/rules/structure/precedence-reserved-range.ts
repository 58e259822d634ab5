import { isStandardRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { CUSTOM_LIMIT, freeBelowStandard, precedenceFix, usedPrecedences } from './free-precedence';
import { knownPrecedence, placement } from './rule-facts';

/**
 * AADC004 precedence-reserved-range: 0–99 belongs to custom rules and the out-of-box rules start at 100.
 * A custom rule placed relatively (non-zero PrecedenceBefore/After) is exempt: the engine numbers it.
 */
export const precedenceReservedRange: RuleCheck = {
  meta: {
    id: 'AADC004',
    name: 'precedence-reserved-range',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: 'A custom rule numbered 100 or more, or an out-of-box rule numbered below 100.',
    docs: {
      why:
        "Microsoft keeps precedence 0–99 for the rules you write and numbers its own rules from 100 up (DOC-CHANGE, DOC-IMPEXP, and the 1.1.561 release notes in DOC-VH). " +
        'The wizard renumbers the out-of-box rules whenever a forest or feature is added or the product is upgraded, so a custom rule among them can end up sharing or swapping places with one, ' +
        'and the settings import shifts custom rules outside 0–99. An out-of-box rule below 100 is the trace of an old upgrade bug (DOC-VH) and deserves a look.',
      fix:
        'Give the custom rule a free number below 100; the quick fix picks the highest free one so the rule stays behind your other custom rules. ' +
        'To place it among the out-of-box rules on purpose, use -PrecedenceBefore with the Identifier of the rule it must precede, as DOC-CHANGE describes. ' +
        'An out-of-box rule below 100 is best put right by re-running the wizard, not by editing the rule.',
      wrong: "New-ADSyncRule  `\n-Name 'In from AD - User Office' `\n-Precedence 150 `\n-ImmutableTag '' `\n…",
      right: "New-ADSyncRule  `\n-Name 'In from AD - User Office' `\n-Precedence 90 `\n-ImmutableTag '' `\n…",
    },
  },
  perRule: ({ rule, ruleSet, reading, textOf }) => {
    const p = knownPrecedence(rule);
    const range = rule.precedence.range;
    if (p === undefined || p < 0 || !range) return [];
    if (isStandardRule(rule)) {
      if (p >= CUSTOM_LIMIT) return [];
      return [{ file: rule.file, range, message: `Out-of-box rule at precedence ${p}: 0–99 is the custom rules' range, and the wizard puts its own rules at 100 and above; a number this low is usually left by an upgrade older than 1.1.561 that misplaced it.` }];
    }
    if (p < CUSTOM_LIMIT || placement(rule) !== 'absolute') return [];
    const target = freeBelowStandard(usedPrecedences(ruleSet.rules));
    const finding: RuleFinding = {
      file: rule.file,
      range,
      message:
        `Custom rule at precedence ${p}: 0–99 is reserved for custom rules and the out-of-box rules start at 100, where upgrades and new features renumber them. ` +
        (target !== undefined ? `${target} is the highest free value below 100 here.` : 'Every value below 100 is taken here; place the rule with -PrecedenceBefore instead.'),
    };
    const fix = target !== undefined ? precedenceFix(rule, target, reading.format, textOf) : undefined;
    if (fix) finding.fix = fix;
    return [finding];
  },
};
