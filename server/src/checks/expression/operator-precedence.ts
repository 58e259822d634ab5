import type { BinaryExpr, Expr, Operator } from '../../expression/ast';
import { walk } from '../../expression/walk';
import type { ExpressionCheck, ExpressionFinding } from '../check';

/** Operators that other languages bind more tightly than the ones before them. */
const TIGHTER: Partial<Record<Operator, Operator[]>> = {
  '*': ['+', '-', '&'],
  '&&': ['||'],
};

/**
 * AADC021 operator-precedence: every operator has the same priority and groups left to right, so
 * `a || b && c` is `(a || b) && c` and `2 + 5 * 3` is 21. A chain mixing operators that other languages
 * group differently almost always means what the writer did not intend. Out-of-box rules are left
 * alone: their owners cannot change them.
 */
export const operatorPrecedence: ExpressionCheck = {
  meta: {
    id: 'AADC021',
    name: 'operator-precedence',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: 'Mixed operators without parentheses: the engine reads them strictly left to right.',
    docs: {
      why: "All operators have the same priority and are applied left to right (DOC-EXPR: 2*(5+3) is not the same as 2*5+3); a chain that mixes && with || or + with * is evaluated differently from how most languages would read it.",
      fix: "Add parentheses so the grouping is written, not assumed; the quick fix writes the grouping the engine actually uses.",
      wrong: "IIF([a] = \"1\" || [b] = \"2\" && [c] = \"3\", True, NULL)",
      right: "IIF([a] = \"1\" || ([b] = \"2\" && [c] = \"3\"), True, NULL)",
    },
  },
  check: ({ parsed, rule }) => {
    if (/^microsoft\./i.test(rule.immutableTag.value ?? '')) return [];
    const out: ExpressionFinding[] = [];
    walk(parsed.root, (node, ancestors) => {
      if (node.kind !== 'binary') return;
      const parent = ancestors[ancestors.length - 1];
      // Report each chain once, at its top.
      if (parent?.kind === 'binary' && parent.left === node) return;
      const chain = chainOf(node);
      const trap = chain.find((b, k) => k > 0 && (TIGHTER[b.operator] ?? []).some((looser) => chain.slice(0, k).some((earlier) => earlier.operator === looser)));
      if (!trap) return;
      const first = chain[0];
      const text = parsed.text;
      const left = text.slice(first.start, trap.left.end);
      out.push({
        start: node.start,
        end: node.end,
        message: `The engine reads this strictly left to right, as (${compact(left)}) ${trap.operator} …, not the way ${trap.operator} usually binds. Add parentheses to say which you mean.`,
        fix: {
          title: 'Add parentheses for the left-to-right reading',
          edits: [
            { start: first.start, end: first.start, newText: '(' },
            { start: trap.left.end, end: trap.left.end, newText: ')' },
          ],
        },
      });
    });
    return out;
  },
};

/** `a op1 b op2 c …` as written: the left spine of left-to-right binary nodes, innermost first. */
function chainOf(top: BinaryExpr): BinaryExpr[] {
  const chain: BinaryExpr[] = [];
  let e: Expr = top;
  while (e.kind === 'binary') {
    chain.unshift(e);
    e = e.left;
  }
  return chain;
}

function compact(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? one.slice(0, 37) + '…' : one;
}
