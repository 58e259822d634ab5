import { isScriptFormat } from '../script-formats';
import { isStandardRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { removeSwitchLine } from '../anchors/switch-line-edits';
import { isAccountEnabledClone } from './account-enabled';

/**
 * AADC031 password-sync-on-custom-rule: in the shipped set only "In from AD - User AccountEnabled" carries
 * EnablePasswordSync; a clone that replaces it must keep it (AADC034), any other custom rule should not have it.
 */
export const passwordSyncOnCustomRule: RuleCheck = {
  meta: {
    id: 'AADC031',
    name: 'password-sync-on-custom-rule',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: '-EnablePasswordSync on a custom rule that is not a clone of "In from AD - User AccountEnabled".',
    docs: {
      why:
        'EnablePasswordSync marks the rule whose in-scope users password hash synchronization takes; the out-of-box set has it on exactly one rule, "In from AD - User AccountEnabled" (DOMAIN §6). On another custom rule it widens or duplicates the set of users whose hashes sync, and it survives upgrades unnoticed. The only custom rule that should carry it is a clone that replaces a disabled AccountEnabled rule.',
      fix: 'Remove -EnablePasswordSync from the rule (the quick fix deletes the line in a script), or, if the rule really replaces AccountEnabled, say so in its description ("Cloned from rule \'In from AD - User AccountEnabled\'") and disable the original.',
      wrong: "-Name 'In from AD - User Contractors' `\n…\n-EnablePasswordSync  `\n-OutVariable syncRule",
      right: "-Name 'In from AD - User Contractors' `\n…\n-OutVariable syncRule",
    },
  },
  perRule: ({ rule, reading, textOf }) => {
    if (!rule.enablePasswordSync.value || isStandardRule(rule) || isAccountEnabledClone(rule)) return [];
    const at = rule.enablePasswordSync.range ?? rule.selectionRange;
    const finding: RuleFinding = {
      file: rule.file,
      range: at,
      message: 'This custom rule carries -EnablePasswordSync: of the out-of-box rules only "In from AD - User AccountEnabled" does, and only a clone replacing it should. Password hash sync would take the users of this rule too.',
    };
    const text = isScriptFormat(reading.format) && rule.enablePasswordSync.range ? textOf(rule.file) : undefined;
    const fix = text === undefined ? undefined : removeSwitchLine(text, rule.enablePasswordSync.range!, 'Remove -EnablePasswordSync', 'EnablePasswordSync');
    if (fix) finding.fix = fix;
    return [finding];
  },
};
