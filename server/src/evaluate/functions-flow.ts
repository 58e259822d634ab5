import type { Expr } from '../expression/ast';
import type { Scope } from './context';
import { fail } from './failure';
import { eager, type FunctionTable } from './function-impl';
import { formatValue } from './format';
import { isMulti, multi, typeName, valuesOf, type EvalValue } from './value';

/** A condition's truth: NULL (an absent attribute compared with something) counts as False. */
export function truth(v: EvalValue, where: string): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  return fail(`${where}: the condition must be True or False, not a ${typeName(v)} value (${formatValue(v)}).`);
}

/**
 * IIF evaluates only the branch it takes, so `IIF(IsPresent([x]), CNum([x]), 0)` never fails on an absent x.
 * A multi-valued condition (the reference's `IIF(InStr([proxyAddresses],"SIP:")=1,NULL,[proxyAddresses])`)
 * chooses per value; a multi-valued branch then gives the value at the same position.
 */
function iif(args: Expr[], scope: Scope): EvalValue {
  const condition = scope.evaluate(args[0]);
  if (!isMulti(condition)) return scope.evaluate(truth(condition, 'IIF') ? args[1] : args[2]);
  const flags = condition.values.map((v) => truth(v, 'IIF'));
  const whenTrue = flags.includes(true) ? scope.evaluate(args[1]) : null;
  const whenFalse = flags.includes(false) ? scope.evaluate(args[2]) : null;
  return multi(flags.map((flag, i) => at(flag ? whenTrue : whenFalse, i, flags.length)));
}

function at(branch: EvalValue, i: number, count: number): EvalValue {
  if (!isMulti(branch)) return branch;
  if (branch.values.length !== count) return fail(`IIF: the condition has ${count} values but a branch has ${branch.values.length}; per-value choices need equal counts.`);
  return branch.values[i];
}

/** The reference: Switch evaluates every condition, then returns the value paired with the first True one. */
function switchOf(args: Expr[], scope: Scope): EvalValue {
  if (args.length % 2 !== 0) return fail('Not enough arguments to Switch function: conditions and values must come in pairs.');
  const flags: boolean[] = [];
  for (let i = 0; i < args.length; i += 2) flags.push(truth(scope.evaluate(args[i]), `Switch condition ${i / 2 + 1}`));
  const first = flags.indexOf(true);
  return first < 0 ? null : scope.evaluate(args[first * 2 + 1]);
}

function variableName(arg: Expr, fn: string, scope: Scope): string {
  if (arg.kind !== 'variable') return fail(`Argument 1 of function ${fn} must be a $variable, such as $item.`);
  if (scope.variables.has(arg.name)) return fail(`Variable $${arg.name} is already declared.`);
  return arg.name;
}

function where(args: Expr[], scope: Scope): EvalValue {
  const name = variableName(args[0], 'Where', scope);
  const values = valuesOf(scope.evaluate(args[1]));
  return multi(values.filter((v) => truth(scope.bind(name, v).evaluate(args[2]), 'Where')));
}

function select(args: Expr[], scope: Scope): EvalValue {
  const name = variableName(args[0], 'Select', scope);
  const values = valuesOf(scope.evaluate(args[1]));
  return multi(values.flatMap((v) => valuesOf(scope.bind(name, v).evaluate(args[2]))));
}

function withOf(args: Expr[], scope: Scope): EvalValue {
  const name = variableName(args[0], 'With', scope);
  return scope.bind(name, scope.evaluate(args[1])).evaluate(args[2]);
}

export const FLOW_IMPLEMENTATIONS: FunctionTable = {
  // The message is the result: evaluate() reports exactly the text the rule wrote.
  Error: eager((a) => fail(typeof a.value(0) === 'string' ? a.str(0) : formatValue(a.value(0))), { nulls: 'handle' }),
  IIF: { kind: 'lazy', run: iif },
  Switch: { kind: 'lazy', run: switchOf },
  Where: { kind: 'lazy', run: where },
  Select: { kind: 'lazy', run: select },
  With: { kind: 'lazy', run: withOf },
};
