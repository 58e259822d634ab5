import type { RuleCheck } from '../../rule-check';

/** The structure checks; each lives in a file of its own beside this one. */
export const CHECKS: readonly RuleCheck[] = [];
