import { isScriptFormat } from '../script-formats';
import type { SyncRule } from '../../../model/sync-rule';
import type { ConfigContext, RuleCheck, RuleFinding } from '../../rule-check';
import { insertSwitchLine, removeSwitchLine } from '../anchors/switch-line-edits';
import { accountEnabledRules, ACCOUNT_ENABLED_NAME, hasShippedScope } from './account-enabled';

/**
 * AADC034 account-enabled-rule-changed: password hash sync and password writeback both go through the
 * object that "In from AD - User AccountEnabled" joins; disabling it without an enabled clone that carries
 * -EnablePasswordSync, a clone without that switch, or a different scope, breaks them for some or all users.
 */
export const accountEnabledRuleChanged: RuleCheck = {
  meta: {
    id: 'AADC034',
    name: 'account-enabled-rule-changed',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: '"In from AD - User AccountEnabled" is disabled, cloned without -EnablePasswordSync, or has another scope: password hash sync and writeback rely on it.',
    docs: {
      why:
        'Of the out-of-box rules only "In from AD - User AccountEnabled" (tag Microsoft.InfromADUserAccountEnabled.*) carries EnablePasswordSync: password hash synchronization takes the hash of the users this rule has in scope, and password writeback finds the on-premises account through the connector-space object this rule joins (DOMAIN §6). When the rule is disabled and no enabled clone with -EnablePasswordSync takes its place, hashes stop flowing for every user; a clone without the switch does the same; a scope other than the shipped `userAccountControl ISBITNOTSET 2` leaves users out (or takes disabled ones in) without anyone noticing until a password does not sync or a reset fails.',
      fix: 'Keep the rule enabled with its shipped scope; when you must change it, clone it (the Rules Editor disables the original), keep -EnablePasswordSync on the clone and keep the scope. The quick fixes remove `-Disabled` from the original or add `-EnablePasswordSync` to the clone, in a script.',
      wrong: "-Name 'In from AD - User AccountEnabled - Cloned - 2024-05-02' `\n…\n-ImmutableTag '' `\n-OutVariable syncRule",
      right: "-Name 'In from AD - User AccountEnabled - Cloned - 2024-05-02' `\n…\n-ImmutableTag '' `\n-EnablePasswordSync  `\n-OutVariable syncRule",
    },
  },
  perConfig: (ctx) => {
    const { originals, clones } = accountEnabledRules(ctx.ruleSet);
    const carriers = clones.filter((c) => !c.disabled.value && c.enablePasswordSync.value);
    const replaced = originals.length === 0 || originals.every((o) => o.disabled.value);
    const out: RuleFinding[] = [];
    for (const original of originals) {
      if (original.disabled.value && carriers.length === 0) out.push(disabledOriginal(original, ctx));
      else if (!original.disabled.value && !hasShippedScope(original)) out.push(scopeChanged(original, 'This out-of-box rule'));
    }
    for (const clone of clones.filter((c) => !c.disabled.value)) {
      if (!clone.enablePasswordSync.value && replaced) out.push(cloneWithoutSwitch(clone, ctx));
      if (!hasShippedScope(clone)) out.push(scopeChanged(clone, `This clone of "${ACCOUNT_ENABLED_NAME}"`));
    }
    return out;
  },
};

function disabledOriginal(rule: SyncRule, { reading, textOf }: ConfigContext): RuleFinding {
  const at = rule.disabled.range ?? rule.selectionRange;
  const finding: RuleFinding = {
    file: rule.file,
    range: at,
    message: `"${ACCOUNT_ENABLED_NAME}" is disabled and no enabled clone with -EnablePasswordSync takes its place: password hash sync stops for every user, and password writeback cannot find the on-premises accounts it joins.`,
  };
  const text = isScriptFormat(reading.format) && rule.disabled.range ? textOf(rule.file) : undefined;
  const fix = text === undefined ? undefined : removeSwitchLine(text, rule.disabled.range!, `Enable "${ACCOUNT_ENABLED_NAME}" again`);
  if (fix) finding.fix = fix;
  return finding;
}

function cloneWithoutSwitch(rule: SyncRule, { reading, textOf }: ConfigContext): RuleFinding {
  const finding: RuleFinding = {
    file: rule.file,
    range: rule.name.range ?? rule.selectionRange,
    message: `This clone of "${ACCOUNT_ENABLED_NAME}" replaces the disabled original but has no -EnablePasswordSync: password hash sync and writeback stop for the users it joins.`,
  };
  const text = isScriptFormat(reading.format) ? textOf(rule.file) : undefined;
  const fix = text === undefined ? undefined : insertSwitchLine(text, rule.selectionRange, 'EnablePasswordSync', 'Add -EnablePasswordSync');
  if (fix) finding.fix = fix;
  return finding;
}

function scopeChanged(rule: SyncRule, what: string): RuleFinding {
  const group = rule.scopeGroups[0];
  return {
    file: rule.file,
    range: group?.range ?? rule.selectionRange,
    message: `${what} has a scope other than the shipped "userAccountControl ISBITNOTSET 2": password hash sync and writeback only reach the users it has in scope, so users are left out (or disabled accounts taken in).`,
  };
}
