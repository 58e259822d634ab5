import type { ExpressionCheck } from './check';
import { argumentType } from './expression/argument-type';
import { expressionSyntax } from './expression/expression-syntax';
import { functionArity } from './expression/function-arity';
import { importedValueLiteral } from './expression/imported-value-literal';
import { nameCase } from './expression/name-case';
import { operatorPrecedence } from './expression/operator-precedence';
import { specialValuePosition } from './expression/special-value-position';
import { unknownName } from './expression/unknown-name';

/** Every check that looks at one flow's expression. */
export const EXPRESSION_CHECKS: readonly ExpressionCheck[] = [
  expressionSyntax,
  unknownName,
  nameCase,
  functionArity,
  argumentType,
  importedValueLiteral,
  specialValuePosition,
  operatorPrecedence,
];

import type { RuleCheck } from './rule-check';
import { CHECKS as STRUCTURE } from './rules/structure';
import { CHECKS as ANCHORS } from './rules/anchors';
import { CHECKS as VALUES } from './rules/values';
import { CHECKS as OUT_OF_BOX } from './rules/out-of-box';
import { CHECKS as PASSWORD } from './rules/password';

/** Every check over rules, configurations and the workspace. */
export const RULE_CHECKS: readonly RuleCheck[] = [...OUT_OF_BOX, ...STRUCTURE, ...ANCHORS, ...VALUES, ...PASSWORD];

import type { CheckMeta } from './check';
import { READING_CHECKS } from './reading-checks';

/** The metadata of everything that reports a code: reading, expression and rule checks. */
export function allCheckMetas(): CheckMeta[] {
  return [...READING_CHECKS, ...EXPRESSION_CHECKS.map((c) => c.meta), ...RULE_CHECKS.map((c) => c.meta)];
}
