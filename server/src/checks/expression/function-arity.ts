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
