import type { Args } from './args';
import { parseDate } from './date-text';
import { fail } from './failure';
import { eager, perValue, type FunctionTable } from './function-impl';
import { isGuidText } from './guid';
import { big, readInteger } from './numbers';
import { isDate, isFlowResult, isMulti, isReference, valuesOf, type EvalValue } from './value';

/**
 * The Is… functions are the way rules test for absent values, so they take NULL (and the flow results
 * AuthoritativeNull and IgnoreThisFlow, which hold no value either) instead of passing it on. A multi-valued
 * value is present when any of its values is, and is of a type when all of its values are.
 */
function test(check: (v: EvalValue) => boolean) {
  return eager((a) => check(a.value(0)), { nulls: 'handle' });
}

function absent(v: EvalValue): boolean {
  return v === null || isFlowResult(v);
}

function present(v: EvalValue): boolean {
  if (absent(v)) return false;
  return isMulti(v) ? v.values.some(present) : v !== '';
}

function every(v: EvalValue, check: (one: EvalValue) => boolean): boolean {
  return !absent(v) && valuesOf(v).every(check);
}

/** What CStr converts (the reference: IsString tells whether CStr would succeed); binary is not a string. */
function stringLike(v: EvalValue): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || isReference(v);
}

/** All bits of `flag` set; the reference's IsBitSet(&HF,4) is True because 4 is a bit of &HF. */
function isBitSet(a: Args): boolean {
  const flag = big(a.num(1));
  return (big(a.num(0)) & flag) === flag;
}

const REGEX_OPTIONS: Record<string, string> = { ignorecase: 'i', multiline: 'm', singleline: 's', none: '' };

/**
 * Undocumented; read as .NET Regex.IsMatch(input, pattern[, options]) with options named as in RegexOptions.
 * JavaScript's regular expressions agree with .NET's on the common syntax, not on every construct.
 */
function regexIsMatch(a: Args): boolean {
  let flags = 'u';
  if (a.has(2)) {
    for (const name of a.str(2).split(/[\s,|]+/).filter(Boolean)) {
      const flag = REGEX_OPTIONS[name.toLowerCase()];
      if (flag === undefined) return fail(`RegexIsMatch: "${name}" is not a regular expression option this evaluator knows (IgnoreCase, Multiline, Singleline).`);
      flags += flag;
    }
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(a.str(1), flags);
  } catch (e) {
    return fail(`RegexIsMatch: the pattern is not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`);
  }
  return pattern.test(a.str(0));
}

export const EVALUATION_IMPLEMENTATIONS: FunctionTable = {
  IsNull: test(absent),
  IsPresent: test(present),
  IsNullOrEmpty: test((v) => !present(v)),
  IsEmpty: test((v) => v === '' || (isMulti(v) && v.values.every((x) => x === ''))),
  IsString: test((v) => every(v, stringLike)),
  IsNumeric: test((v) => every(v, (x) => typeof x === 'number' || (typeof x === 'string' && readInteger(x) !== undefined))),
  IsDate: test((v) => every(v, (x) => isDate(x) || (typeof x === 'string' && parseDate(x) !== undefined))),
  IsGuid: test((v) => every(v, (x) => typeof x === 'string' && isGuidText(x))),
  IsBitSet: eager(isBitSet),
  RegexIsMatch: perValue(regexIsMatch),
};
