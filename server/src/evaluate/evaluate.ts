import type { BinaryExpr, CallExpr, Expr } from '../expression/ast';
import { parseExpression } from '../expression/parser';
import { findFunction, findFunctionIgnoringCase } from '../catalog/functions';
import type { FunctionInfo } from '../catalog/function-types';
import { findWord, findWordIgnoringCase } from '../catalog/expression-words';
import { Args } from './args';
import { standIn, type EvaluateOptions, type Run, type Scope } from './context';
import { EvalFailure, fail } from './failure';
import { IMPLEMENTATIONS } from './function-table';
import { applyOperator, logicalOperand } from './operators';
import type { SampleObject } from './sample-object';
import { isMulti, multi, type EvalValue } from './value';

export type EvalResult = { ok: true; value: EvalValue; standIns: string[] } | { ok: false; error: string; standIns: string[] };

/** Calls and groups nested deeper than any rule writes; a hand-built tree deeper than this is refused, not overflowed. */
export const MAX_EVALUATION_DEPTH = 200;

/** Evaluates a parsed expression against a sample object. Never throws: every failure is an `ok: false` result. */
export function evaluate(root: Expr, object: SampleObject, options: EvaluateOptions = {}): EvalResult {
  const run: Run = { object, options, standIns: [] };
  try {
    return { ok: true, value: makeScope(run, new Map(), 0).evaluate(root), standIns: run.standIns };
  } catch (e) {
    if (e instanceof EvalFailure) return { ok: false, error: e.message, standIns: run.standIns };
    if (e instanceof RangeError && /call stack/i.test(e.message)) return { ok: false, error: 'The expression is nested too deeply to evaluate.', standIns: run.standIns };
    return { ok: false, error: `Internal error while evaluating: ${e instanceof Error ? e.message : String(e)}`, standIns: run.standIns };
  }
}

/** Parses, then evaluates; an expression with parse problems is not evaluated. */
export function evaluateText(expression: string, object: SampleObject, options: EvaluateOptions = {}): EvalResult {
  const parsed = parseExpression(expression);
  if (parsed.problems.length > 0) {
    const first = parsed.problems[0];
    const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problem${parsed.problems.length > 2 ? 's' : ''})` : '';
    return { ok: false, error: `The expression does not parse: ${first.message.replace(/\.$/, '')} (at character ${first.start + 1})${more}.`, standIns: [] };
  }
  return evaluate(parsed.root, object, options);
}

function makeScope(run: Run, variables: ReadonlyMap<string, EvalValue>, depth: number): Scope {
  const scope: Scope = {
    run,
    variables,
    depth,
    evaluate: (expr) => evaluateNode(expr, scope),
    bind: (name, value) => makeScope(run, new Map([...variables, [name, value]]), depth),
  };
  return scope;
}

function deeper(scope: Scope): Scope {
  if (scope.depth >= MAX_EVALUATION_DEPTH) fail(`The expression nests more than ${MAX_EVALUATION_DEPTH} levels deep.`);
  return makeScope(scope.run, scope.variables, scope.depth + 1);
}

function evaluateNode(expr: Expr, scope: Scope): EvalValue {
  switch (expr.kind) {
    case 'string':
      return expr.value;
    case 'number':
      return Number.isInteger(expr.value) ? expr.value : fail(`${expr.value} is not a valid number.`);
    case 'attribute':
      return scope.run.object.attributes.get(expr.name) ?? null;
    case 'parameter':
      return parameter(expr.name, scope);
    case 'variable': {
      const value = scope.variables.get(expr.name);
      return value !== undefined ? value : fail(`Variable $${expr.name} is not declared (Where, Select and With declare variables).`);
    }
    case 'word':
      return word(expr.name);
    case 'group':
      return deeper(scope).evaluate(expr.inner);
    case 'binary':
      return binaryChain(expr, scope);
    case 'call':
      return call(expr, deeper(scope));
    case 'missing':
      return fail('The expression is incomplete: a value is missing.');
  }
}

function parameter(name: string, scope: Scope): EvalValue {
  const given = scope.run.options.parameters?.[name];
  if (given !== undefined) return given;
  standIn(scope.run, `%${name}% is the placeholder "%${name}%": the connector or server sets it (pass parameters to choose a value).`);
  return `%${name}%`;
}

function word(name: string): EvalValue {
  const known = findWord(name);
  if (!known) {
    const other = findWordIgnoringCase(name);
    return fail(`Identifier ${name} is undefined${other ? ` (names are case-sensitive: ${other.canonical})` : ''}.`);
  }
  switch (known.kind) {
    case 'boolean':
      return known.canonical === 'True';
    case 'null':
      return null;
    case 'flow-result':
      return known.canonical === 'AuthoritativeNull' ? { type: 'authoritativeNull' } : { type: 'ignoreThisFlow' };
    case 'constant':
      return '\r\n';
    case 'enum':
      return fail(`${name} is only meaningful as an argument of the function that takes it.`);
  }
}

/**
 * A chain of operators without parentheses. The parser folds every operator left to right at one priority,
 * as the Functions Reference describes, and that holds for arithmetic, `&` and comparisons. `&&` and `||`
 * are evaluated here as binding more loosely than the rest: the standard rules write
 * `IsPresent([isCriticalSystemObject]) || IsPresent([sAMAccountName]) = False || [sAMAccountName] = "SUPPORT_388945a0" || …`
 * (cloudFiltered), which strictly left to right would OR a Boolean with the string [sAMAccountName] and fail
 * on every object the engine syncs. Between themselves `&&` and `||` stay left to right.
 * The chain is a left-leaning tree as deep as it is long, so its spine is walked in a loop, not recursed.
 */
function binaryChain(expr: BinaryExpr, scope: Scope): EvalValue {
  const spine: BinaryExpr[] = [];
  let node: Expr = expr;
  while (node.kind === 'binary') {
    spine.push(node);
    node = node.left;
  }
  spine.reverse();
  const operands: Expr[] = [node, ...spine.map((b) => b.right)];
  const operators = spine.map((b) => b.operator);
  const inner = deeper(scope);
  // Operands from `from` up to the next && or ||, left to right; returns the value and where it stopped.
  const segment = (from: number): { value: EvalValue; next: number } => {
    let value = (from === 0 ? scope : inner).evaluate(operands[from]);
    let i = from;
    while (i < operators.length && operators[i] !== '&&' && operators[i] !== '||') {
      value = applyOperator(operators[i], value, inner.evaluate(operands[i + 1]));
      i++;
    }
    return { value, next: i };
  };
  const skip = (from: number): number => {
    let i = from;
    while (i < operators.length && operators[i] !== '&&' && operators[i] !== '||') i++;
    return i;
  };
  let { value, next } = segment(0);
  while (next < operators.length) {
    const operator = operators[next] as '&&' | '||';
    const left = logicalOperand(value, operator);
    // Short-circuit, as && and || do in the .NET languages the engine is written in.
    if (operator === '&&' ? !left : left) {
      value = left;
      next = skip(next + 1);
      continue;
    }
    const right = segment(next + 1);
    value = logicalOperand(right.value, operator);
    next = right.next;
  }
  return value;
}

function call(expr: CallExpr, scope: Scope): EvalValue {
  const info = findFunction(expr.name);
  if (!info) {
    const other = findFunctionIgnoringCase(expr.name);
    return fail(`Function ${expr.name} is undefined${other ? ` (names are case-sensitive: ${other.name})` : ''}.`);
  }
  const n = expr.args.length;
  if (n < info.minArgs || n > info.maxArgs) {
    const wanted = info.minArgs === info.maxArgs ? `${info.minArgs}` : info.maxArgs === Infinity ? `at least ${info.minArgs}` : `${info.minArgs} to ${info.maxArgs}`;
    return fail(`Function ${info.name} takes ${wanted} argument${wanted === '1' ? '' : 's'}, not ${n}.`);
  }
  const impl = IMPLEMENTATIONS.get(info.name);
  if (!impl) return fail(`Function ${info.name} is not supported by this evaluator.`);
  if (impl.kind === 'unsupported') return fail(`Function ${info.name} is not supported: ${impl.why}`);
  if (impl.kind === 'lazy') return impl.run(expr.args, scope, info.name);
  const values = expr.args.map((arg, i) => (arg.kind === 'word' && takesWord(info, i) ? arg.name : scope.evaluate(arg)));
  if (impl.nulls !== 'handle' && values.includes(null)) return null;
  const first = values[0];
  if (impl.perValue && isMulti(first)) {
    return multi(first.values.map((v) => runEager(impl, info.name, [v, ...values.slice(1)], scope)));
  }
  return runEager(impl, info.name, values, scope);
}

function runEager(impl: { run: (args: Args, run: Run) => EvalValue }, name: string, values: EvalValue[], scope: Scope): EvalValue {
  return impl.run(new Args(name, values), scope.run);
}

/** Enum arguments (vbTextCompare, UTF8, CaseInsensitive) are bare words that name an option, not values. */
function takesWord(info: FunctionInfo, index: number): boolean {
  return info.signatures.some((s) => s.parameters[index]?.types.includes('enum'));
}
