import type { RuleCheck } from '../../rule-check';
import { accountEnabledRuleChanged } from './account-enabled-rule-changed';
import { multipleWritebackJoins } from './multiple-writeback-joins';
import { passwordSyncOnCustomRule } from './password-sync-on-custom-rule';

/** The password hash sync and writeback checks; each lives in a file of its own beside this one. */
export const CHECKS: readonly RuleCheck[] = [passwordSyncOnCustomRule, accountEnabledRuleChanged, multipleWritebackJoins];
