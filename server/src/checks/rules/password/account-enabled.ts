import type { RuleSet } from '../../../model/rule-set';
import { isStandardRule, type ScopeGroup, type SyncRule } from '../../../model/sync-rule';
import { cloneClaim } from '../anchors/clones';
import { sameName } from '../values/rule-facts';

/** The out-of-box rule that carries password hash sync, by its tag (any version). */
const ACCOUNT_ENABLED_TAG = /^microsoft\.infromaduseraccountenabled\./i;
export const ACCOUNT_ENABLED_NAME = 'In from AD - User AccountEnabled';

export function isAccountEnabledRule(rule: SyncRule): boolean {
  return ACCOUNT_ENABLED_TAG.test(rule.immutableTag.value ?? '');
}

/** A custom rule that says it is a copy of the AccountEnabled rule (the Rules Editor's name or description). */
export function isAccountEnabledClone(rule: SyncRule): boolean {
  return !isStandardRule(rule) && sameName(cloneClaim(rule)?.original, ACCOUNT_ENABLED_NAME);
}

/** Every version of the rule ships one scope: enabled accounts, `userAccountControl ISBITNOTSET 2`. */
export function hasShippedScope(rule: SyncRule): boolean {
  return rule.scopeGroups.length === 1 && isEnabledAccountsGroup(rule.scopeGroups[0]);
}

function isEnabledAccountsGroup(group: ScopeGroup): boolean {
  if (group.conditions.length !== 1) return false;
  const [c] = group.conditions;
  return sameName(c.attribute.value, 'userAccountControl') && sameName(c.operator.value, 'ISBITNOTSET') && (c.value.value ?? '').trim() === '2';
}

/** The AccountEnabled rules of a configuration: the out-of-box ones and the clones that say they replace one. */
export function accountEnabledRules(ruleSet: RuleSet): { originals: SyncRule[]; clones: SyncRule[] } {
  return { originals: ruleSet.rules.filter(isAccountEnabledRule), clones: ruleSet.rules.filter(isAccountEnabledClone) };
}
