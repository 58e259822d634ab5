import { findWord } from '../../catalog/expression-words';
import type { Expr } from '../../expression/ast';
import { walk } from '../../expression/walk';
import type { ExpressionCheck, ExpressionFinding } from '../check';

/**
 * AADC019 special-value-position: AuthoritativeNull and IgnoreThisFlow only mean something as the
 * result of the flow (the whole expression, or a branch of IIF/Switch that is). Inside a function
 * argument or next to an operator they are no value at all; NULL in arithmetic or `&` is nothing too.
 */
export const specialValuePosition: ExpressionCheck = {
  meta: {
    id: 'AADC019',
    name: 'special-value-position',
    severity: 'warning',
    category: 'fast',
    fixable: false,
    summary: 'AuthoritativeNull or IgnoreThisFlow where it cannot be the flow’s result, so it means nothing.',
    docs: {
      why: "AuthoritativeNull and IgnoreThisFlow tell the engine what to do with the flow's result (DOC-DECL); inside a function argument or next to an operator they are no value at all, so the expression does something else than it says.",
      fix: "Return them as the result: the whole expression, or a branch of IIF/Switch.",
      wrong: "Trim(AuthoritativeNull)",
      right: "IIF(IsPresent([info]), Trim([info]), AuthoritativeNull)",
    },
  },
  check: ({ parsed }) => {
    const out: ExpressionFinding[] = [];
    walk(parsed.root, (node, ancestors) => {
      if (node.kind !== 'word') return;
      const w = findWord(node.name);
      if (w?.kind === 'flow-result' && !isResultPosition(node, ancestors)) {
        out.push({
          start: node.start,
          end: node.end,
          message: `${w.canonical} only works as the result of the flow (the whole expression or an IIF/Switch branch of it); here it is not a value.`,
        });
      } else if (w?.kind === 'null') {
        const parent = ancestors[ancestors.length - 1];
        if (parent?.kind === 'binary' && ['+', '-', '*', '&'].includes(parent.operator)) {
          out.push({ start: node.start, end: node.end, message: `NULL in '${parent.operator}' gives no value; use it as a result, or test with IsNull/IsPresent.` });
        }
      }
    });
    return out;
  },
};

/** Each step from the node up to the root must hand the value on as the result. */
function isResultPosition(node: Expr, ancestors: Expr[]): boolean {
  let child = node;
  for (let k = ancestors.length - 1; k >= 0; k--) {
    const parent = ancestors[k];
    if (parent.kind === 'group') {
      child = parent;
      continue;
    }
    if (parent.kind !== 'call') return false;
    const index = parent.args.indexOf(child);
    const branch = parent.name === 'IIF' ? index === 1 || index === 2 : parent.name === 'Switch' ? index % 2 === 1 : false;
    if (!branch) return false;
    child = parent;
  }
  return true;
}
