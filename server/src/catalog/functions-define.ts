import type { ExprType, FunctionInfo, FunctionParameter, FunctionSignature } from './function-types';

/** The Functions Reference page; documented functions add `#<lower-case name>`, the anchor of their heading. */
export const FUNCTIONS_REFERENCE = 'https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/reference-connect-sync-functions-reference';

/**
 * One row of a category table. Arity is written out (from DOMAIN §8.3) rather than derived from the
 * parameters, so the tests can check the two against each other.
 */
type Row = {
  name: string;
  arity: readonly [min: number, max: number];
  about: string;
  /** Only for the engine functions that the Functions Reference does not list. */
  undocumented?: true;
} & ({ returns: ExprType; params: FunctionParameter[] } | { overloads: FunctionSignature[] });

export function category(name: FunctionInfo['category'], rows: Row[]): FunctionInfo[] {
  return rows.map((row) => ({
    name: row.name,
    minArgs: row.arity[0],
    maxArgs: row.arity[1],
    signatures: 'overloads' in row ? row.overloads : [{ parameters: row.params, returns: row.returns }],
    description: row.about,
    docs: row.undocumented ? FUNCTIONS_REFERENCE : `${FUNCTIONS_REFERENCE}#${row.name.toLowerCase()}`,
    documented: !row.undocumented,
    category: name,
  }));
}

/** A required parameter accepting any of `types`. */
export function p(name: string, ...types: ExprType[]): FunctionParameter {
  return { name, types };
}

/** An optional parameter; only trailing parameters are optional in this language. */
export function opt(name: string, ...types: ExprType[]): FunctionParameter {
  return { name, types, optional: true };
}

/** An optional bare-word parameter (vbTextCompare, UTF8, …); the engine matches the words exactly. */
export function optWord(name: string, enumValues: string[]): FunctionParameter {
  return { name, types: ['enum'], optional: true, enumValues };
}

export function sig(returns: ExprType, ...parameters: FunctionParameter[]): FunctionSignature {
  return { parameters, returns };
}
