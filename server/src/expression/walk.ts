import type { Expr } from './ast';

/** Calls `visit` for every node, parents before children, with the chain of ancestors. */
export function walk(root: Expr, visit: (node: Expr, ancestors: Expr[]) => void) {
  const ancestors: Expr[] = [];
  const go = (node: Expr) => {
    visit(node, ancestors);
    ancestors.push(node);
    switch (node.kind) {
      case 'call':
        node.args.forEach(go);
        break;
      case 'binary':
        go(node.left);
        go(node.right);
        break;
      case 'group':
        go(node.inner);
        break;
    }
    ancestors.pop();
  };
  go(root);
}

/** The node with the smallest span that contains `offset` (for hover and completion). */
export function nodeAt(root: Expr, offset: number): { node: Expr; ancestors: Expr[] } | undefined {
  let found: { node: Expr; ancestors: Expr[] } | undefined;
  walk(root, (node, ancestors) => {
    if (node.start <= offset && offset <= node.end) found = { node, ancestors: [...ancestors] };
  });
  return found;
}
