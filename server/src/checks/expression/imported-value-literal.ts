import { walk } from '../../expression/walk';
import type { ExpressionCheck, ExpressionFinding } from '../check';

/**
 * AADC019 imported-value-literal: ImportedValue takes the attribute's name as a string literal
 * (`ImportedValue("proxyAddresses")`); `ImportedValue([proxyAddresses])` passes the attribute's value.
 */
export const importedValueLiteral: ExpressionCheck = {
  meta: {
    id: 'AADC019',
    name: 'imported-value-literal',
    severity: 'error',
    category: 'fast',
    fixable: true,
    summary: 'ImportedValue needs the attribute name as a string literal, not an attribute reference.',
    docs: {
      why: "ImportedValue takes the name of the attribute as text (DOC-DECL); given [attr] it receives the attribute's value and looks up an attribute of that name, which is not what was meant.",
      fix: "Apply the quick fix: it writes the name as a string literal.",
      wrong: "ImportedValue([proxyAddresses])",
      right: "ImportedValue(\"proxyAddresses\")",
    },
  },
  check: ({ parsed }) => {
    const out: ExpressionFinding[] = [];
    walk(parsed.root, (node) => {
      if (node.kind !== 'call' || node.name !== 'ImportedValue' || node.args.length !== 1) return;
      const arg = node.args[0];
      if (arg.kind === 'string') return;
      const finding: ExpressionFinding = {
        start: arg.start,
        end: arg.end,
        message: 'ImportedValue takes the attribute name as a string literal, e.g. ImportedValue("mail"), not its value.',
      };
      if (arg.kind === 'attribute') {
        finding.message = `ImportedValue takes the attribute name as a string literal: write ImportedValue("${arg.name}"), not ImportedValue([${arg.name}]).`;
        finding.fix = { title: `Change to "${arg.name}"`, edits: [{ start: arg.start, end: arg.end, newText: `"${arg.name}"` }] };
      }
      out.push(finding);
    });
    return out;
  },
};
