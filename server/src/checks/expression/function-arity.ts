import { forEachKnownCall } from './known-calls';
import type { ExpressionCheck, ExpressionFinding } from '../check';

/** AADC019 function-arity: a known function called with too few or too many arguments. */
export const functionArity: ExpressionCheck = {
  meta: {
    id: 'AADC019',
    name: 'function-arity',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'A function is called with a number of arguments it does not take.',
    docs: {
      why: "A call with too few or too many arguments fails when the flow runs (the engine's function table fixes each function's arity; Switch takes condition/value pairs).",
      fix: "Give the function the arguments its signature lists (hover the name to see it).",
      wrong: "Left([displayName])",
      right: "Left([displayName], 20)",
    },
  },
  check: ({ parsed }) => {
    const out: ExpressionFinding[] = [];
    forEachKnownCall(parsed.root, (node, f) => {
      const n = node.args.length;
      const expected = f.minArgs === f.maxArgs ? `${f.minArgs}` : f.maxArgs === Infinity ? `at least ${f.minArgs}` : `${f.minArgs} to ${f.maxArgs}`;
      if (n < f.minArgs || n > f.maxArgs) {
        out.push({ ...node.nameSpan, message: `${f.name} takes ${expected} argument${expected === '1' ? '' : 's'}, not ${n}.` });
      } else if (f.name === 'Switch' && n % 2 !== 0) {
        out.push({ ...node.nameSpan, message: 'Switch takes pairs of condition and value: the last condition has no value.' });
      }
    });
    return out;
  },
};
