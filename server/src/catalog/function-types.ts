/**
 * Value types of the expression language, in the notation of the Functions Reference:
 * bin, bool, dt, num, ref, str, mvbin, mvstr, mvref; `mv` any multi-value; `var` anything;
 * `exp` a boolean condition; `enum` a fixed word (see `enumValues`); `item` a `$variable` name;
 * `void` no value (Error()).
 */
export type ExprType = 'str' | 'num' | 'bool' | 'dt' | 'bin' | 'ref' | 'mvstr' | 'mvref' | 'mvbin' | 'mv' | 'var' | 'exp' | 'enum' | 'item' | 'void';

export interface FunctionParameter {
  name: string;
  /** Accepted types; several when the function accepts any of them. */
  types: ExprType[];
  optional?: boolean;
  /** For `enum` parameters: the words the engine accepts, with their exact case. */
  enumValues?: string[];
  /** The argument must be written as a string literal (ImportedValue("attr")). */
  literalString?: boolean;
}

export interface FunctionSignature {
  parameters: FunctionParameter[];
  returns: ExprType;
}

export interface FunctionInfo {
  /** Exact, case-sensitive name as the engine knows it. */
  name: string;
  minArgs: number;
  /** `Infinity` for Switch (pairs of condition and value). */
  maxArgs: number;
  /** One or more overloads; arity must also agree with minArgs/maxArgs. */
  signatures: FunctionSignature[];
  /** One line, in this project's own words. */
  description: string;
  /** Link to the Microsoft Learn Functions Reference entry (or the page, for undocumented functions). */
  docs: string;
  /** False for functions in the engine's table that the Functions Reference does not list. */
  documented: boolean;
  category: 'certificate' | 'conversion' | 'date' | 'directory' | 'evaluation' | 'math' | 'multivalued' | 'flow' | 'string' | 'other';
}
