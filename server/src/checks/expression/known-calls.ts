import { findFunction } from '../../catalog/functions';
import type { FunctionInfo } from '../../catalog/function-types';
import type { CallExpr, Expr } from '../../expression/ast';
import { walk } from '../../expression/walk';

/**
 * Calls of functions the catalogue knows, whose argument list the text closes. An unclosed list is
 * already a syntax error, and what it holds (its count, its types) means nothing.
 */
export function forEachKnownCall(root: Expr, visit: (call: CallExpr, f: FunctionInfo) => void) {
  walk(root, (node) => {
    if (node.kind !== 'call' || node.close === undefined) return;
    const f = findFunction(node.name);
    if (f) visit(node, f);
  });
}
