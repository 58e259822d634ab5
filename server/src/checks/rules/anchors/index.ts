import type { RuleCheck } from '../../rule-check';
import { anchorJoinChanged } from './anchor-join-changed';
import { clonedStandardStillEnabled } from './cloned-standard-still-enabled';
import { consistencyGuidWriteback } from './consistencyguid-writeback';
import { customOverrideWithJoin } from './custom-override-with-join';
import { multipleJoinRulesInScope } from './multiple-join-rules-in-scope';
import { sourceAnchorFlowTouched } from './sourceanchor-flow-touched';

/** The anchors checks; each lives in a file of its own beside this one. */
export const CHECKS: readonly RuleCheck[] = [
  sourceAnchorFlowTouched,
  consistencyGuidWriteback,
  anchorJoinChanged,
  multipleJoinRulesInScope,
  customOverrideWithJoin,
  clonedStandardStillEnabled,
];
