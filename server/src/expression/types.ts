import { findFunction } from '../catalog/functions';
import type { ExprType } from '../catalog/function-types';
import { findWord } from '../catalog/expression-words';
import type { Expr } from './ast';

/** What can be told about a value's type from the text alone; attributes are unknown without a schema. */
export type KnownType = ExprType | 'null' | 'unknown';

export function typeOf(e: Expr): KnownType {
  switch (e.kind) {
    case 'string':
      return 'str';
    case 'number':
      return 'num';
    case 'word': {
      const w = findWord(e.name);
      if (w?.kind === 'boolean') return 'bool';
      if (w?.kind === 'null' || w?.kind === 'flow-result') return 'null';
      if (w?.kind === 'constant') return 'str';
      return 'unknown';
    }
    case 'group':
      return typeOf(e.inner);
    case 'binary':
      if (['=', '<>', '<', '<=', '>', '>=', '&&', '||'].includes(e.operator)) return 'bool';
      if (e.operator === '&') return 'str';
      return 'num';
    case 'call': {
      const f = findFunction(e.name);
      if (!f) return 'unknown';
      const returns = new Set(f.signatures.map((s) => s.returns));
      return returns.size === 1 ? [...returns][0] : 'unknown';
    }
    default:
      return 'unknown';
  }
}

/** The type of a literal (string, number, True/False); everything else is unknown. */
export function literalTypeOf(e: Expr): KnownType {
  if (e.kind === 'group') return literalTypeOf(e.inner);
  if (e.kind === 'string' || e.kind === 'number') return typeOf(e);
  if (e.kind === 'word' && findWord(e.name)?.kind === 'boolean') return 'bool';
  return 'unknown';
}

/**
 * Whether a value of type `actual` can be passed where `expected` is declared. Only definite
 * conflicts count (a string literal where a number must go); anything unknown is accepted.
 */
export function accepts(expected: ExprType, actual: KnownType): boolean {
  if (actual === 'unknown' || actual === 'null' || actual === 'var' || actual === 'void') return true;
  switch (expected) {
    case 'var':
    case 'enum':
    case 'item':
      return true;
    case 'exp':
    case 'bool':
      return actual === 'bool' || actual === 'num';
    case 'mv':
      return actual !== 'bool' && actual !== 'num' ? true : false;
    case 'mvstr':
      return actual === 'str' || actual === 'mvstr' || actual === 'mv';
    case 'mvref':
      return actual === 'ref' || actual === 'mvref' || actual === 'mv';
    case 'mvbin':
      return actual === 'bin' || actual === 'mvbin' || actual === 'mv';
    case 'str':
      return actual === 'str' || actual === 'ref';
    case 'ref':
      return actual === 'ref' || actual === 'str';
    case 'num':
      return actual === 'num';
    case 'dt':
      return actual === 'dt' || actual === 'str';
    case 'bin':
      return actual === 'bin' || actual === 'str';
    default:
      return true;
  }
}
