import type { Expr } from '../expression/ast';
import { walk } from '../expression/walk';
import { attributeCaseMiss, type SampleObject } from './sample-object';

/**
 * Attributes an expression reads that the sample holds only in another case: the engine's names are
 * case-sensitive, so `[DisplayName]` is NULL on an object with displayName, and this says why.
 */
export function caseMisses(root: Expr, object: SampleObject): string[] {
  const found: string[] = [];
  walk(root, (e) => {
    if (e.kind !== 'attribute') return;
    const other = attributeCaseMiss(object, e.name);
    const line = other && `[${e.name}] is absent; the sample has ${other}, and attribute names are case-sensitive.`;
    if (line && !found.includes(line)) found.push(line);
  });
  return found;
}
