import type { Args } from './args';
import { bytesEqual } from './bytes';
import { fail } from './failure';
import { eager, type FunctionTable } from './function-impl';
import { isBinary, isReference, multi, typeName, valuesOf, type EvalValue } from './value';

/**
 * 1-based index of the first value that holds the search text; 0 when none does. Strings match as
 * substrings, references only whole (the reference's remarks); case-sensitive unless CaseInsensitive.
 */
function contains(a: Args): number {
  const search = a.str(1);
  const mode = a.has(2) ? a.str(2) : 'CaseSensitive';
  if (mode !== 'CaseSensitive' && mode !== 'CaseInsensitive') return fail(`Argument 3 of function Contains: expected CaseSensitive or CaseInsensitive, passed ${mode}.`);
  const fold = (s: string) => (mode === 'CaseInsensitive' ? s.toLowerCase() : s);
  const wanted = fold(search);
  const values = a.list(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'string' && fold(v).includes(wanted)) return i + 1;
    if (isReference(v) && fold(v.dn) === wanted) return i + 1;
    if (typeof v !== 'string' && !isReference(v)) return fail(`Contains searches strings and references, not ${typeName(v)} values.`);
  }
  return 0;
}

function item(a: Args, outOfRange: 'error' | 'null'): EvalValue {
  const values = a.list(0);
  const index = a.num(1);
  if (index >= 1 && index <= values.length) return values[index - 1];
  if (outOfRange === 'null') return null;
  return fail(`Item: index ${index} is out of range; the value has ${values.length} item${values.length === 1 ? '' : 's'}.`);
}

function text(v: EvalValue, fn: string): string {
  if (typeof v === 'string') return v;
  if (isReference(v)) return v.dn;
  if (typeof v === 'number') return String(v);
  return fail(`${fn} joins strings, not ${typeName(v)} values.`);
}

/** .NET String.Split with a count: at most `limit` values, the last one holding the rest of the string. */
function split(a: Args): EvalValue {
  const value = a.str(0);
  const delimiter = a.str(1);
  if (delimiter.length !== 1) return fail(`Split: the delimiter must be a single character, not "${delimiter}".`);
  const limit = a.has(2) ? a.num(2) : Infinity;
  if (limit < 0) return fail(`Split: the limit must not be negative, not ${limit}.`);
  const parts = value.split(delimiter);
  const kept = parts.length > limit ? [...parts.slice(0, limit - 1), parts.slice(limit - 1).join(delimiter)] : parts;
  return limit === 0 ? null : { type: 'multi', values: kept };
}

function sameValue(x: EvalValue, y: EvalValue): boolean {
  if (isBinary(x) && isBinary(y)) return bytesEqual(x.bytes, y.bytes);
  if (isReference(x) && isReference(y)) return x.dn === y.dn;
  return x === y;
}

export const MULTIVALUED_IMPLEMENTATIONS: FunctionTable = {
  Contains: eager(contains),
  // An absent attribute has no values: counting gives 0, so Count(Where(…)) > 0 reads naturally.
  Count: eager((a) => a.list(0).length, { nulls: 'handle' }),
  Item: eager((a) => item(a, 'error')),
  ItemOrNull: eager((a) => item(a, 'null')),
  Join: eager((a) => a.list(0).map((v) => text(v, 'Join')).join(a.optStr(1, ' '))),
  RemoveDuplicates: eager((a) => multi(a.list(0).filter((v, i, all) => all.findIndex((w) => sameValue(v, w)) === i))),
  Split: eager(split),
  // Undocumented: read as the values of both arguments in order, NULLs contributing nothing.
  Concat: eager((a) => multi([...a.list(0), ...a.list(1)]), { nulls: 'handle' }),
  // Undocumented: the one known use, ValueCount("member"), names the attribute as a string.
  ValueCount: eager((a, run) => valuesOf(run.object.attributes.get(a.str(0)) ?? null).length),
};
