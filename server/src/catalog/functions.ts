import type { FunctionInfo } from './function-types';
import { CERTIFICATE_FUNCTIONS } from './functions-certificate';
import { CONVERSION_FUNCTIONS } from './functions-conversion';
import { DATE_FUNCTIONS } from './functions-date';
import { DIRECTORY_FUNCTIONS } from './functions-directory';
import { EVALUATION_FUNCTIONS } from './functions-evaluation';
import { FLOW_FUNCTIONS } from './functions-flow';
import { MATH_FUNCTIONS } from './functions-math';
import { MULTIVALUED_FUNCTIONS } from './functions-multivalued';
import { OTHER_FUNCTIONS } from './functions-other';
import { STRING_FUNCTIONS } from './functions-string';

/**
 * Every function in the expression engine's table (SyncRuleExpressions 2.2.8.0, DOMAIN §8.3), including
 * the ones the Functions Reference does not list (`documented: false`). Names are case-sensitive.
 */
export const FUNCTIONS: readonly FunctionInfo[] = [
  ...CERTIFICATE_FUNCTIONS,
  ...CONVERSION_FUNCTIONS,
  ...DATE_FUNCTIONS,
  ...DIRECTORY_FUNCTIONS,
  ...EVALUATION_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...MULTIVALUED_FUNCTIONS,
  ...FLOW_FUNCTIONS,
  ...STRING_FUNCTIONS,
  ...OTHER_FUNCTIONS,
];

const byName = new Map(FUNCTIONS.map((f) => [f.name, f]));
// No two engine names differ only in case, so the lower-cased map is unambiguous (a test keeps it so).
const byLowerName = new Map(FUNCTIONS.map((f) => [f.name.toLowerCase(), f]));

/** The function with exactly this name; the engine rejects any other casing. */
export function findFunction(name: string): FunctionInfo | undefined {
  return byName.get(name);
}

/** The function whose name matches ignoring case: for "did you mean IIF?" on `iif(…)`. */
export function findFunctionIgnoringCase(name: string): FunctionInfo | undefined {
  return byLowerName.get(name.toLowerCase());
}
