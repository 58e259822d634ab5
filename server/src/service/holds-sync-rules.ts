/** Sync-rule cmdlets; a PowerShell file without any of them is not ours to judge. */
const SYNC_RULE_CMDLET = /\b(?:New|Add|Remove|Get|Set)-ADSync(?:Rule|AttributeFlowMapping|ScopeConditionGroup|JoinConditionGroup|ScopeCondition|JoinCondition)\b/i;

export function holdsSyncRules(text: string): boolean {
  return SYNC_RULE_CMDLET.test(text);
}
