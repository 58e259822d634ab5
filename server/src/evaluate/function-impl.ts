import type { Expr } from '../expression/ast';
import type { Args } from './args';
import type { Run, Scope } from './context';
import type { EvalValue } from './value';

/**
 * How the evaluator runs one engine function.
 * - `eager`: arguments are evaluated first. Unless `nulls` is 'handle', a NULL argument makes the result
 *   NULL (an absent attribute has nothing to contribute). With `perValue`, a multi-valued first argument
 *   runs the function once per value, as the engine does for `Trim([proxyAddresses])`.
 * - `lazy`: the function decides which arguments to evaluate (IIF, Switch, Where, Select, With).
 * - `unsupported`: the evaluator cannot reproduce it; `why` is said to the user.
 */
export type FunctionImpl =
  | { kind: 'eager'; run: (args: Args, run: Run) => EvalValue; nulls?: 'handle'; perValue?: boolean }
  | { kind: 'lazy'; run: (args: Expr[], scope: Scope, name: string) => EvalValue }
  | { kind: 'unsupported'; why: string };

export type FunctionTable = Record<string, FunctionImpl>;

export function eager(run: (args: Args, run: Run) => EvalValue, options: { nulls?: 'handle'; perValue?: boolean } = {}): FunctionImpl {
  return { kind: 'eager', run, ...options };
}

/** The common case: a string function applied per value, NULL in, NULL out. */
export function perValue(run: (args: Args, run: Run) => EvalValue): FunctionImpl {
  return { kind: 'eager', run, perValue: true };
}
