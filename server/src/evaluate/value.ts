/**
 * A value while an expression is evaluated. Numbers are JavaScript numbers holding integers only: the
 * engine's numbers are 64-bit integers, and the results stay exact while they are below 2^53.
 */
export type EvalValue =
  | null
  | string
  | number
  | boolean
  | { type: 'binary'; bytes: Uint8Array }
  | { type: 'date'; iso: string }
  | { type: 'reference'; dn: string }
  | { type: 'multi'; values: EvalValue[] }
  | { type: 'authoritativeNull' }
  | { type: 'ignoreThisFlow' };

export type BinaryValue = { type: 'binary'; bytes: Uint8Array };
export type DateValue = { type: 'date'; iso: string };
export type ReferenceValue = { type: 'reference'; dn: string };
export type MultiValue = { type: 'multi'; values: EvalValue[] };

export function binary(bytes: Uint8Array): BinaryValue {
  return { type: 'binary', bytes };
}

export function reference(dn: string): ReferenceValue {
  return { type: 'reference', dn };
}

/** The engine keeps DateTime values in UTC; milliseconds are as fine as a JavaScript date goes. */
export function date(at: Date): DateValue {
  return { type: 'date', iso: at.toISOString() };
}

/** A list of values; an empty list is no value at all, as an attribute without values is absent. */
export function multi(values: EvalValue[]): MultiValue | null {
  const kept = values.filter((v) => v !== null);
  return kept.length === 0 ? null : { type: 'multi', values: kept };
}

export function isBinary(v: EvalValue): v is BinaryValue {
  return typeof v === 'object' && v !== null && v.type === 'binary';
}

export function isDate(v: EvalValue): v is DateValue {
  return typeof v === 'object' && v !== null && v.type === 'date';
}

export function isReference(v: EvalValue): v is ReferenceValue {
  return typeof v === 'object' && v !== null && v.type === 'reference';
}

export function isMulti(v: EvalValue): v is MultiValue {
  return typeof v === 'object' && v !== null && v.type === 'multi';
}

export function isFlowResult(v: EvalValue): boolean {
  return typeof v === 'object' && v !== null && (v.type === 'authoritativeNull' || v.type === 'ignoreThisFlow');
}

/** The values of a multi-valued value, or the value alone; none for NULL. */
export function valuesOf(v: EvalValue): EvalValue[] {
  if (v === null) return [];
  return isMulti(v) ? v.values : [v];
}

/** Type names in the words of the engine's own messages ("expected type …, passed …"). */
export function typeName(v: EvalValue): string {
  if (v === null) return 'Null';
  switch (typeof v) {
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'boolean':
      return 'Boolean';
  }
  switch (v.type) {
    case 'binary':
      return 'Binary';
    case 'date':
      return 'DateTime';
    case 'reference':
      return 'Reference';
    case 'multi':
      return 'MultiValue';
    case 'authoritativeNull':
      return 'AuthoritativeNull';
    case 'ignoreThisFlow':
      return 'IgnoreThisFlow';
  }
}
