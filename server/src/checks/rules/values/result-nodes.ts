import type { Expr } from '../../../expression/ast';
import { findWordIgnoringCase, type KnownWord } from '../../../catalog/expression-words';

export interface ResultNode {
  node: Expr;
  /** True when the node is the flow's value for every object; false for a branch of IIF or Switch. */
  whole: boolean;
}

/**
 * The nodes whose value becomes the flow's value: the root itself, or (through parentheses) the
 * branches of IIF and the values of Switch, recursively. A special word such as NULL only acts as
 * the flow's result in these places (DOC-DECL).
 */
export function resultNodes(root: Expr): ResultNode[] {
  const out: ResultNode[] = [];
  const visit = (node: Expr, whole: boolean) => {
    if (node.kind === 'group') return visit(node.inner, whole);
    if (node.kind === 'call' && node.name === 'IIF' && node.args.length === 3) {
      visit(node.args[1], false);
      visit(node.args[2], false);
      return;
    }
    if (node.kind === 'call' && node.name === 'Switch' && node.args.length >= 2) {
      for (let k = 1; k < node.args.length; k += 2) visit(node.args[k], false);
      return;
    }
    out.push({ node, whole });
  };
  visit(root, true);
  return out;
}

/** The known word a bare name stands for, whatever its case (the case itself is AADC020's business). */
export function wordOf(node: Expr): KnownWord | undefined {
  return node.kind === 'word' ? findWordIgnoringCase(node.name) : undefined;
}
