import { findFunction, findFunctionIgnoringCase } from '../../catalog/functions';
import { findWord, findWordIgnoringCase } from '../../catalog/expression-words';
import { walk } from '../../expression/walk';
import type { ExpressionCheck, ExpressionFinding } from '../check';

/**
 * AADC020 expression-case: a function or keyword written in the wrong case. Expressions are
 * case-sensitive (`iif(` is an undefined function to the engine); the fix writes the engine's spelling.
 */
export const nameCase: ExpressionCheck = {
  meta: {
    id: 'AADC020',
    name: 'expression-case',
    severity: 'error',
    category: 'fast',
    fixable: true,
    summary: 'Function names and keywords are case-sensitive; a wrong case makes them undefined to the engine.',
    docs: {
      why: "Function names and keywords are case-sensitive (DOC-EXPR: they must have proper casing or an error is thrown), so iif( is an undefined function to the engine even though it reads fine.",
      fix: "Apply the quick fix: it writes the engine's spelling.",
      wrong: "iif(IsPresent([sn]), [sn], authoritativeNull)",
      right: "IIF(IsPresent([sn]), [sn], AuthoritativeNull)",
    },
  },
  check: ({ parsed }) => {
    const out: ExpressionFinding[] = [];
    walk(parsed.root, (node) => {
      let written: string | undefined;
      let right: string | undefined;
      let span = { start: node.start, end: node.end };
      if (node.kind === 'call' && !findFunction(node.name)) {
        written = node.name;
        right = findFunctionIgnoringCase(node.name)?.name;
        span = node.nameSpan;
      } else if (node.kind === 'word' && !findWord(node.name)) {
        written = node.name;
        right = findWordIgnoringCase(node.name)?.canonical;
      }
      if (!written || !right) return;
      out.push({
        ...span,
        message: `${written} must be written ${right}: expressions are case-sensitive.`,
        fix: { title: `Change to ${right}`, edits: [{ ...span, newText: right }] },
      });
    });
    return out;
  },
};
