import { standIn } from './context';
import { fail } from './failure';
import { eager, type FunctionTable } from './function-impl';
import { big, int64 } from './numbers';

export const MATH_IMPLEMENTATIONS: FunctionTable = {
  BitAnd: eager((a) => int64(big(a.num(0)) & big(a.num(1)))),
  BitOr: eager((a) => int64(big(a.num(0)) | big(a.num(1)))),
  // Random on the server; the lower limit here, so that a result can be checked and repeated.
  RandomNum: eager((a, run) => {
    const start = a.num(0);
    const end = a.num(1);
    if (end < start) return fail(`RandomNum: the upper limit ${end} is below the lower limit ${start}.`);
    standIn(run, `RandomNum(${start}, ${end}) is ${start}, the lower limit, not a random number.`);
    return start;
  }),
};
