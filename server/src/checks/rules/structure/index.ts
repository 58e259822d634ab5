import type { RuleCheck } from '../../rule-check';
import { duplicateDestinationInRule } from './duplicate-destination-in-rule';
import { flowShape } from './flow-shape';
import { identifierReuse } from './identifier-reuse';
import { identifierReuseAcrossFiles } from './identifier-reuse-across-files';
import { precedenceCollision } from './precedence-collision';
import { precedenceCollisionAcrossFiles } from './precedence-collision-across-files';
import { precedenceNegative } from './precedence-negative';
import { precedenceReservedRange } from './precedence-reserved-range';
import { provisionWithoutJoin } from './provision-without-join';
import { softDeleteExpiryInvalid } from './softdelete-expiry-invalid';

/** The structure checks; each lives in a file of its own beside this one. */
export const CHECKS: readonly RuleCheck[] = [
  precedenceReservedRange,
  precedenceCollision,
  precedenceCollisionAcrossFiles,
  precedenceNegative,
  provisionWithoutJoin,
  duplicateDestinationInRule,
  flowShape,
  identifierReuse,
  identifierReuseAcrossFiles,
  softDeleteExpiryInvalid,
];
