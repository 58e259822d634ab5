import { CONVERSION_IMPLEMENTATIONS } from './functions-conversion';
import { DATE_IMPLEMENTATIONS } from './functions-date';
import { DN_IMPLEMENTATIONS } from './functions-dn';
import { EVALUATION_IMPLEMENTATIONS } from './functions-evaluation';
import { FLOW_IMPLEMENTATIONS } from './functions-flow';
import { MATH_IMPLEMENTATIONS } from './functions-math';
import { MULTIVALUED_IMPLEMENTATIONS } from './functions-multivalued';
import { OTHER_IMPLEMENTATIONS } from './functions-other';
import { STRING_IMPLEMENTATIONS } from './functions-string';
import type { FunctionImpl } from './function-impl';

/** How each engine function (by exact name) is evaluated; a test checks every catalogue function is here. */
export const IMPLEMENTATIONS: ReadonlyMap<string, FunctionImpl> = new Map(
  Object.entries({
    ...CONVERSION_IMPLEMENTATIONS,
    ...DATE_IMPLEMENTATIONS,
    ...DN_IMPLEMENTATIONS,
    ...EVALUATION_IMPLEMENTATIONS,
    ...FLOW_IMPLEMENTATIONS,
    ...MATH_IMPLEMENTATIONS,
    ...MULTIVALUED_IMPLEMENTATIONS,
    ...OTHER_IMPLEMENTATIONS,
    ...STRING_IMPLEMENTATIONS,
  }),
);
