import type { ScopeCondition, ScopeGroup } from '../../../model/sync-rule';
import { attributeKey } from './attributes';

/**
 * Whether two scoping filters clearly select some object in common. Groups are OR'ed and conditions
 * AND'ed (DOC-DECL), so the filters overlap when some group of one and some group of the other can hold
 * together. "Clearly" is meant: conditions on the same attribute must be shown compatible by a rule
 * below; any pair we cannot judge (ordering compares, unknown operators, values in variables) counts as
 * a possible contradiction, so the answer errs towards "no overlap" and the check towards silence.
 */
export function scopesClearlyOverlap(a: ScopeGroup[], b: ScopeGroup[]): boolean {
  const left = a.length ? a.map((g) => g.conditions) : [[]];
  const right = b.length ? b.map((g) => g.conditions) : [[]];
  return left.some((x) => right.some((y) => canHoldTogether([...x, ...y])));
}

interface Clause {
  attribute: string;
  operator: string;
  value: string;
}

const NO_VALUE = new Set(['ISNULL', 'ISNOTNULL']);
const NEGATIVE = new Set(['NOTEQUAL', 'NOTSTARTSWITH', 'NOTENDSWITH', 'NOTCONTAINS', 'ISNOTIN']);

function clause(c: ScopeCondition): Clause | undefined {
  const attribute = c.attribute.value;
  const operator = c.operator.value?.trim().toUpperCase();
  if (attribute === null || !operator) return undefined;
  if (NO_VALUE.has(operator)) return { attribute: attributeKey(attribute), operator, value: '' };
  const value = c.value.value;
  if (value === null || value === '') return undefined;
  return { attribute: attributeKey(attribute), operator, value };
}

function canHoldTogether(conditions: ScopeCondition[]): boolean {
  const clauses = conditions.map(clause);
  if (clauses.some((c) => c === undefined)) return false;
  const list = clauses as Clause[];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (list[i].attribute === list[j].attribute && !compatible(list[i], list[j])) return false;
    }
  }
  return true;
}

function compatible(a: Clause, b: Clause): boolean {
  if (a.operator === b.operator && a.value === b.value) return true;
  return judge(a, b) ?? judge(b, a) ?? false;
}

const lower = (s: string) => s.toLowerCase();
/** Values that differ only in case may or may not match (scope compares are not documented as either). */
const surelyDifferent = (x: string, y: string) => lower(x) !== lower(y);

/** true: some value satisfies both; false: none does or we cannot tell; undefined: ask the other way round. */
function judge(a: Clause, b: Clause): boolean | undefined {
  const v = a.value;
  const w = b.value;
  switch (a.operator) {
    case 'ISNOTNULL':
      return b.operator !== 'ISNULL';
    case 'ISNULL':
      return b.operator === 'ISNULL';
    case 'EQUAL':
      switch (b.operator) {
        case 'EQUAL': return v === w;
        case 'STARTSWITH': return v.startsWith(w);
        case 'ENDSWITH': return v.endsWith(w);
        case 'CONTAINS': return v.includes(w);
        case 'NOTEQUAL': case 'ISNOTIN': return surelyDifferent(v, w);
        case 'NOTSTARTSWITH': return !lower(v).startsWith(lower(w));
        case 'NOTENDSWITH': return !lower(v).endsWith(lower(w));
        case 'NOTCONTAINS': return !lower(v).includes(lower(w));
      }
      return undefined;
    case 'STARTSWITH':
      switch (b.operator) {
        case 'STARTSWITH': return v.startsWith(w) || w.startsWith(v);
        case 'NOTSTARTSWITH': return !lower(v).startsWith(lower(w));
        case 'NOTCONTAINS': return !lower(v).includes(lower(w));
        case 'NOTEQUAL': case 'ISNOTIN': case 'NOTENDSWITH': return true;
      }
      return undefined;
    case 'ENDSWITH':
      switch (b.operator) {
        case 'ENDSWITH': return v.endsWith(w) || w.endsWith(v);
        case 'NOTENDSWITH': return !lower(v).endsWith(lower(w));
        case 'NOTCONTAINS': return !lower(v).includes(lower(w));
        case 'NOTEQUAL': case 'ISNOTIN': case 'NOTSTARTSWITH': return true;
      }
      return undefined;
    case 'CONTAINS':
      switch (b.operator) {
        case 'CONTAINS': return true;
        case 'NOTCONTAINS': return !lower(v).includes(lower(w));
        case 'NOTEQUAL': case 'ISNOTIN': case 'NOTSTARTSWITH': case 'NOTENDSWITH': return true;
      }
      return undefined;
    case 'ISIN':
      if (b.operator === 'ISIN') return true;
      if (b.operator === 'ISNOTIN') return surelyDifferent(v, w);
      return undefined;
    case 'ISBITSET':
    case 'ISBITNOTSET':
      return bits(a, b);
    case 'ISMEMBEROF':
      if (b.operator === 'ISMEMBEROF') return true;
      if (b.operator === 'ISNOTMEMBEROF') return surelyDifferent(v, w);
      return undefined;
    case 'ISNOTMEMBEROF':
      return b.operator === 'ISNOTMEMBEROF' ? true : undefined;
  }
  // Exclusions alone can always be dodged by some other value.
  if (NEGATIVE.has(a.operator) && NEGATIVE.has(b.operator)) return true;
  return undefined;
}

/** Bit tests take a decimal mask (`'userAccountControl','2','ISBITNOTSET'`). */
function bits(a: Clause, b: Clause): boolean | undefined {
  if (b.operator !== 'ISBITSET' && b.operator !== 'ISBITNOTSET') return undefined;
  if (a.operator === b.operator) return true;
  const x = Number(a.value);
  const y = Number(b.value);
  if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y) || x < 0 || y < 0) return false;
  return (BigInt(x) & BigInt(y)) === 0n;
}
