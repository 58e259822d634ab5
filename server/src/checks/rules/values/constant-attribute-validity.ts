import type { Range } from 'vscode-languageserver-types';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { rulesFor } from './attribute-value-rules';
import { valueProblems, type ValueProblem } from './attribute-value-validation';
import { fileTexts } from './flow-text';
import { constantOf, flowTypeOf } from './rule-facts';
import { resultNodes } from './result-nodes';

/**
 * AADC028 constant-attribute-validity: a literal value that the target directory refuses (or
 * changes): a UPN without a domain, a proxy address with a space, a 25-character sAMAccountName, a
 * userType other than Member or Guest. Constant flows and the string literals an expression yields
 * as its value are checked against the rules in attribute-value-rules.ts.
 */
export const constantAttributeValidity: RuleCheck = {
  meta: {
    id: 'AADC028',
    name: 'constant-attribute-validity',
    severity: 'warning',
    category: 'fast',
    fixable: false,
    summary: 'A literal value breaks the rules of its attribute (UPN, proxyAddresses, sAMAccountName, userType, sourceAnchor, …), so the object fails to export.',
    docs: {
      why:
        'Entra ID and AD refuse some values: "Prepare for directory synchronization to Microsoft 365" (DOC-M365PREP) lists the characters and lengths allowed in userPrincipalName, proxyAddresses, sAMAccountName, displayName, givenName and targetAddress, and that these must be unique; ' +
        '"Design concepts" (DOC-DESIGN) limits sourceAnchor to fewer than 60 characters without special characters; "Make a change to the default configuration" (DOC-CHANGE) allows only Member and Guest as userType; directory extension values are cut at 250 characters (DOC-EXT). ' +
        'A value the target refuses makes every object in the rule\'s scope fail on export, and a Constant gives all of them the same value, which unique attributes cannot have. ' +
        'Refused values are errors; values that are changed, cut or only suspicious are warnings.',
      fix: 'Correct the literal, or compute the value from the object\'s own attributes in an Expression flow.',
      wrong: "-Source @('Contractor') `\n-Destination 'userType' `\n-FlowType 'Constant' `",
      right: "-Source @('Guest') `\n-Destination 'userType' `\n-FlowType 'Constant' `",
    },
  },
  perRule: ({ rule, reading, textOf }) => {
    const texts = fileTexts(reading, textOf);
    const out: RuleFinding[] = [];
    const report = (range: Range, destination: string, value: string, problems: ValueProblem[]) => {
      if (problems.length === 0) return;
      const errors = problems.filter((p) => p.severity === 'error');
      const shown = [...errors, ...problems.filter((p) => p.severity !== 'error')];
      const sources = [...new Set(shown.map((p) => p.source))].join(', ');
      out.push({
        file: rule.file,
        range,
        severity: errors.length ? 'error' : 'warning',
        message: `'${value}' for ${destination}: ${shown.map((p) => p.text).join('; ')} (${sources}).`,
      });
    };
    for (const flow of rule.flows) {
      const destination = flow.destination.value;
      if (!destination || rulesFor(destination).length === 0) continue;
      const type = flowTypeOf(flow);
      if (type === 'constant') {
        const constant = constantOf(rule.file, flow, texts);
        if (constant) report(constant.range, destination, constant.value, valueProblems(destination, constant.value, true));
      } else if (type === 'expression') {
        const expression = texts.expression(rule.file, flow);
        if (!expression || expression.parsed.problems.length) continue;
        for (const { node, whole } of resultNodes(expression.parsed.root)) {
          if (node.kind !== 'string') continue;
          report(expression.range(node.start + 1, node.end - 1), destination, node.value, valueProblems(destination, node.value, whole));
        }
      }
    }
    return out;
  },
};
