import type { RuleCheck } from '../../rule-check';
import { cdExpressionQuote } from './cd-expression-quote';
import { cloudFilteredFalse } from './cloudfiltered-false';
import { constantAttributeValidity } from './constant-attribute-validity';
import { constantSpecialLiteral } from './constant-special-literal';
import { connectorGuidBesideNameLookup, hardcodedConnectorGuid } from './hardcoded-connector-guid';
import { hardcodedPrecedenceGuid } from './hardcoded-precedence-guid';
import { length448 } from './length-448';
import { mergeTypeConflict } from './merge-type-conflict';
import { nullInsteadOfAuthoritativeNull } from './null-instead-of-authoritativenull';
import { scopeOperatorInvalid } from './scope-operator-invalid';

/** The values checks (special values, merge types, attribute values), scope operators and script portability; each lives in a file of its own beside this one. */
export const CHECKS: readonly RuleCheck[] = [
  nullInsteadOfAuthoritativeNull,
  constantSpecialLiteral,
  cloudFilteredFalse,
  mergeTypeConflict,
  scopeOperatorInvalid,
  hardcodedConnectorGuid,
  connectorGuidBesideNameLookup,
  hardcodedPrecedenceGuid,
  length448,
  constantAttributeValidity,
  cdExpressionQuote,
];
