import type { Operator } from '../expression/ast';
import { bytesEqual } from './bytes';
import { fail } from './failure';
import { formatValue } from './format';
import { big, int64 } from './numbers';
import { isBinary, isDate, isFlowResult, isMulti, isReference, multi, typeName, type EvalValue } from './value';

/**
 * One binary operator on two evaluated operands (`&&` and `||` are short-circuited by the caller).
 * NULL on either side gives NULL: an absent attribute compared or joined with anything has no value, and
 * IIF then takes its False branch. A multi-valued operand applies the operator per value; two multi-valued
 * operands need equal counts (DOMAIN §8.1) and pair up by position.
 */
export function applyOperator(op: Operator, left: EvalValue, right: EvalValue): EvalValue {
  if (left === null || right === null) return null;
  if (isFlowResult(left) || isFlowResult(right)) return fail(`Operator ${op} cannot take ${formatValue(isFlowResult(left) ? left : right)}: it is only a flow's result.`);
  if (isMulti(left) || isMulti(right)) {
    const count = isMulti(left) ? left.values.length : (right as { values: EvalValue[] }).values.length;
    if (isMulti(left) && isMulti(right) && left.values.length !== right.values.length) {
      return fail(`Operator ${op} between multi-valued operands of ${left.values.length} and ${right.values.length} values: the counts must be equal.`);
    }
    const nth = (v: EvalValue, i: number) => (isMulti(v) ? v.values[i] : v);
    return multi(Array.from({ length: count }, (_, i) => applyOperator(op, nth(left, i), nth(right, i))));
  }
  switch (op) {
    case '&':
      return text(left, op) + text(right, op);
    case '+':
    case '-':
    case '*':
      return arithmetic(op, left, right);
    case '=':
    case '<>': {
      const equal = equals(left, right, op);
      return op === '=' ? equal : !equal;
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return order(op, compare(left, right, op));
    case '&&':
    case '||':
      return logical(op, left, right);
  }
}

/** `&&` and `||`: Booleans, NULL counting as False (the same reading IIF gives a NULL condition). */
export function logicalOperand(v: EvalValue, op: string): boolean {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  return fail(`Operator ${op} takes True or False, not a ${typeName(v)} value (${formatValue(v)}).`);
}

function logical(op: '&&' | '||', left: EvalValue, right: EvalValue): boolean {
  const l = logicalOperand(left, op);
  const r = logicalOperand(right, op);
  return op === '&&' ? l && r : l || r;
}

/** `&` joins the text of strings, numbers, Booleans and references; binary and dates have no agreed text. */
function text(v: EvalValue, op: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (isReference(v)) return v.dn;
  return fail(`Operator ${op} joins text, not a ${typeName(v)} value (convert it first, e.g. with ConvertToBase64 or FormatDateTime).`);
}

function arithmetic(op: '+' | '-' | '*', left: EvalValue, right: EvalValue): number {
  if (typeof left !== 'number' || typeof right !== 'number') {
    const hint = op === '+' && (typeof left === 'string' || typeof right === 'string') ? ' (strings are joined with &)' : '';
    return fail(`Operator ${op} takes numbers, not ${typeName(left)} and ${typeName(right)}${hint}.`);
  }
  const l = big(left);
  const r = big(right);
  return int64(op === '+' ? l + r : op === '-' ? l - r : l * r);
}

/**
 * Equality compares like with like. Strings compare exactly (ordinal, case-sensitive), as the engine's
 * names do; a reference compares with a string by its DN text.
 */
function equals(left: EvalValue, right: EvalValue, op: string): boolean {
  if (typeof left === typeof right && (typeof left === 'string' || typeof left === 'number' || typeof left === 'boolean')) return left === right;
  if (isReference(left) || isReference(right)) {
    const l = isReference(left) ? left.dn : left;
    const r = isReference(right) ? right.dn : right;
    if (typeof l === 'string' && typeof r === 'string') return l === r;
  }
  if (isBinary(left) && isBinary(right)) return bytesEqual(left.bytes, right.bytes);
  if (isDate(left) && isDate(right)) return left.iso === right.iso;
  return fail(`Can only compare values of type number and string: operator ${op} got ${typeName(left)} and ${typeName(right)}.`);
}

function compare(left: EvalValue, right: EvalValue, op: string): number {
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  if (typeof left === 'string' && typeof right === 'string') return left < right ? -1 : left > right ? 1 : 0;
  if (isDate(left) && isDate(right)) return Date.parse(left.iso) - Date.parse(right.iso);
  return fail(`Can only compare values of type number and string: operator ${op} got ${typeName(left)} and ${typeName(right)}.`);
}

function order(op: '<' | '<=' | '>' | '>=', c: number): boolean {
  return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
}
