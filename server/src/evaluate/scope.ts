import type { ScopeCondition, ScopeGroup } from '../model/sync-rule';
import { readOperator, type ComparisonOperator } from '../checks/rules/values/scope-operators';
import { toBase64 } from './bytes';
import { readInteger } from './numbers';
import { attributeCaseMiss, type SampleObject } from './sample-object';
import { isBinary, isDate, isFlowResult, isReference, valuesOf, type EvalValue } from './value';

export type Verdict = boolean | 'unknown';

/**
 * Whether a rule's scoping filter takes the object: groups are OR'ed, the conditions of a group AND'ed, and
 * no group at all takes every object. 'unknown' when a deciding condition needs what a sample cannot
 * show (group membership in the connector space) or cannot be read.
 */
export function inScope(groups: ScopeGroup[], object: SampleObject): { inScope: Verdict; reasons: string[] } {
  if (groups.length === 0) return { inScope: true, reasons: ['The rule has no scoping filter: it takes every object of its type.'] };
  const verdicts = groups.map((g, i) => groupVerdict(g, object, `Group ${i + 1}`));
  const taken = verdicts.find((v) => v.verdict === true);
  if (taken) return { inScope: true, reasons: [taken.reason] };
  const unknown = verdicts.filter((v) => v.verdict === 'unknown');
  if (unknown.length > 0) return { inScope: 'unknown', reasons: unknown.map((v) => v.reason) };
  return { inScope: false, reasons: verdicts.map((v) => v.reason) };
}

function groupVerdict(group: ScopeGroup, object: SampleObject, label: string): { verdict: Verdict; reason: string } {
  if (group.conditions.length === 0) return { verdict: true, reason: `${label} has no conditions, so it takes the object.` };
  let unknown: string | undefined;
  for (const condition of group.conditions) {
    const { verdict, why } = conditionVerdict(condition, object);
    if (verdict === false) return { verdict: false, reason: `${label}: ${describe(condition)} is false (${why}).` };
    if (verdict === 'unknown' && !unknown) unknown = `${label}: ${describe(condition)} cannot be decided (${why}).`;
  }
  if (unknown) return { verdict: 'unknown', reason: unknown };
  return { verdict: true, reason: `${label} takes the object: all ${group.conditions.length} condition${group.conditions.length === 1 ? '' : 's'} hold.` };
}

function describe(c: ScopeCondition): string {
  return `${c.attribute.value ?? '?'} ${c.operator.value ?? '?'}${c.value.value !== null && c.value.value !== '' ? ` "${c.value.value}"` : ''}`;
}

/**
 * Scope values are text. Comparisons ignore case: whether the engine does is not documented (DOMAIN §9.1
 * marks it unverified), and the standard rules write the same value both as TRUE and as True.
 */
function textOf(v: EvalValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (isReference(v)) return v.dn;
  if (isBinary(v)) return toBase64(v.bytes);
  if (isDate(v)) return v.iso;
  return '';
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Positive tests and the negated operator that is true exactly when the positive one is false. */
const TEXT_TESTS: Partial<Record<ComparisonOperator, { test: (value: string, wanted: string) => boolean; negated: boolean }>> = {
  EQUAL: { test: same, negated: false },
  NOTEQUAL: { test: same, negated: true },
  ISIN: { test: same, negated: false },
  ISNOTIN: { test: same, negated: true },
  STARTSWITH: { test: (v, w) => v.toLowerCase().startsWith(w.toLowerCase()), negated: false },
  NOTSTARTSWITH: { test: (v, w) => v.toLowerCase().startsWith(w.toLowerCase()), negated: true },
  ENDSWITH: { test: (v, w) => v.toLowerCase().endsWith(w.toLowerCase()), negated: false },
  NOTENDSWITH: { test: (v, w) => v.toLowerCase().endsWith(w.toLowerCase()), negated: true },
  CONTAINS: { test: (v, w) => v.toLowerCase().includes(w.toLowerCase()), negated: false },
  NOTCONTAINS: { test: (v, w) => v.toLowerCase().includes(w.toLowerCase()), negated: true },
};

function conditionVerdict(condition: ScopeCondition, object: SampleObject): { verdict: Verdict; why: string } {
  const operatorText = condition.operator.value;
  const reading = operatorText === null ? undefined : readOperator(operatorText);
  if (!reading || reading.kind === 'unknown') return { verdict: 'unknown', why: `"${operatorText ?? ''}" is not a scope operator` };
  // A misspelling copied from the docs is not bound by the engine at all, so the rule would not be saved.
  if (reading.kind === 'typo') return { verdict: 'unknown', why: `the engine does not know "${operatorText}" (${reading.operator} is meant)` };
  const op = reading.operator;
  if (op === 'ISMEMBEROF' || op === 'ISNOTMEMBEROF') return { verdict: 'unknown', why: 'group membership is read from the connector space, which a sample object does not hold' };
  const attribute = condition.attribute.value;
  if (attribute === null) return { verdict: 'unknown', why: 'the attribute is not known' };
  const values = valuesOf(object.attributes.get(attribute) ?? null).filter((v) => !isFlowResult(v)).map(textOf);
  const miss = attributeCaseMiss(object, attribute);
  const seen = values.length === 0 ? `${attribute} is absent${miss ? ` (the sample has ${miss}, in another case)` : ''}` : `${attribute} is ${values.map((v) => `"${v}"`).join(', ')}`;
  const wanted = condition.value.value ?? '';

  if (op === 'ISNULL' || op === 'ISNOTNULL') {
    const isNull = values.every((v) => v === '');
    return { verdict: op === 'ISNULL' ? isNull : !isNull, why: seen };
  }
  const text = TEXT_TESTS[op];
  if (text) {
    // Any value may satisfy a positive test; a negated test holds when no value satisfies it, so an absent attribute passes NOTSTARTSWITH.
    const any = values.some((v) => text.test(v, wanted));
    return { verdict: text.negated ? !any : any, why: seen };
  }
  if (op === 'ISBITSET' || op === 'ISBITNOTSET') return bitVerdict(op, values, wanted, seen);
  return orderVerdict(op, values, wanted, seen);
}

/** The bit is written in decimal ('userAccountControl','2','ISBITNOTSET'); all of its bits must be set. */
function bitVerdict(op: 'ISBITSET' | 'ISBITNOTSET', values: string[], wanted: string, seen: string): { verdict: Verdict; why: string } {
  const flag = readInteger(wanted);
  if (flag === undefined) return { verdict: 'unknown', why: `"${wanted}" is not a decimal number` };
  if (values.length === 0) return { verdict: op === 'ISBITNOTSET', why: seen };
  const value = readInteger(values[0]);
  if (value === undefined) return { verdict: 'unknown', why: `${seen}, not a number` };
  const set = (BigInt(value) & BigInt(flag)) === BigInt(flag);
  return { verdict: op === 'ISBITSET' ? set : !set, why: seen };
}

/**
 * LESSTHAN and the like: numerically when both sides are integers, else as text ignoring case. An absent
 * attribute satisfies none of them.
 */
function orderVerdict(op: ComparisonOperator, values: string[], wanted: string, seen: string): { verdict: Verdict; why: string } {
  if (values.length === 0) return { verdict: false, why: seen };
  const value = values[0];
  const a = readInteger(value);
  const b = readInteger(wanted);
  const c = a !== undefined && b !== undefined ? Math.sign(a - b) : Math.sign(value.toLowerCase().localeCompare(wanted.toLowerCase(), 'en'));
  switch (op) {
    case 'LESSTHAN':
      return { verdict: c < 0, why: seen };
    case 'LESSTHAN_OR_EQUAL':
      return { verdict: c <= 0, why: seen };
    case 'GREATERTHAN':
      return { verdict: c > 0, why: seen };
    case 'GREATERTHAN_OR_EQUAL':
      return { verdict: c >= 0, why: seen };
  }
  return { verdict: 'unknown', why: `${op} is not evaluated` };
}
