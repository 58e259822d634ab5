/** Sync-rule cmdlets; a PowerShell file without any of them is not ours to judge. */
const SYNC_RULE_CMDLET = /\b(?:New|Add|Remove|Get|Set)-ADSync(?:Rule|AttributeFlowMapping|ScopeConditionGroup|JoinConditionGroup|ScopeCondition|JoinCondition)\b/i;
/** More than the longest cmdlet name and the character after it (the word boundary). */
const LONGEST = 48;

/**
 * Where the first sync-rule cmdlet is written, or -1 (then the file is not ours). After an edit that left the text alone up to just
 * past the one found before, that one is still the first: a 3 MB export is not searched on every keystroke.
 */
export function firstSyncRuleCmdlet(text: string, before?: { text: string; at: number }): number {
  if (before && before.at >= 0) {
    const end = before.at + LONGEST;
    if (text.length >= end && text.slice(0, end) === before.text.slice(0, end)) return before.at;
  }
  const found = SYNC_RULE_CMDLET.exec(text);
  return found ? found.index : -1;
}
