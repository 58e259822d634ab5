import { fail } from './failure';
import { isBinary, isDate, isMulti, isReference, typeName, type EvalValue } from './value';

/**
 * The evaluated arguments of one call, read by position with the type the function expects. A wrong type
 * stops evaluation with the engine's own wording ("Argument {0} of function {1}: expected type {2}, passed {3}").
 */
export class Args {
  constructor(readonly fn: string, readonly values: EvalValue[]) {}

  get count(): number {
    return this.values.length;
  }

  value(i: number): EvalValue {
    return this.values[i] ?? null;
  }

  has(i: number): boolean {
    return i < this.values.length;
  }

  mismatch(i: number, expected: string): never {
    return fail(`Argument ${i + 1} of function ${this.fn}: expected type ${expected}, passed ${typeName(this.value(i))}.`);
  }

  str(i: number): string {
    const v = this.value(i);
    return typeof v === 'string' ? v : this.mismatch(i, 'String');
  }

  num(i: number): number {
    const v = this.value(i);
    return typeof v === 'number' ? v : this.mismatch(i, 'Number');
  }

  bool(i: number): boolean {
    const v = this.value(i);
    return typeof v === 'boolean' ? v : this.mismatch(i, 'Boolean');
  }

  bin(i: number): Uint8Array {
    const v = this.value(i);
    return isBinary(v) ? v.bytes : this.mismatch(i, 'Binary');
  }

  ref(i: number): string {
    const v = this.value(i);
    if (isReference(v)) return v.dn;
    if (typeof v === 'string') return fail(`Argument ${i + 1} of function ${this.fn}: expected type Reference, passed String (convert it with CRef(…)).`);
    return this.mismatch(i, 'Reference');
  }

  date(i: number): Date {
    const v = this.value(i);
    return isDate(v) ? new Date(v.iso) : this.mismatch(i, 'DateTime');
  }

  /** The values of a multi-valued argument; a single value counts as a list of one. */
  list(i: number): EvalValue[] {
    const v = this.value(i);
    if (v === null) return [];
    return isMulti(v) ? v.values : [v];
  }

  optStr(i: number, fallback: string): string {
    return this.has(i) ? this.str(i) : fallback;
  }

  optNum(i: number, fallback: number): number {
    return this.has(i) ? this.num(i) : fallback;
  }
}
