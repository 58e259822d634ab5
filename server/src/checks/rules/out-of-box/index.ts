import type { RuleCheck } from '../../rule-check';
import { customRuleHasImmutableTag } from './custom-rule-has-immutable-tag';
import { oobRuleDeleted } from './oob-rule-deleted';
import { oobRuleModified } from './oob-rule-modified';

/** The out-of-box checks; each lives in a file of its own beside this one. */
export const CHECKS: readonly RuleCheck[] = [oobRuleModified, oobRuleDeleted, customRuleHasImmutableTag];
