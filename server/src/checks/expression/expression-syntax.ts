import type { ExpressionCheck } from '../check';

/**
 * AADC019 expression-syntax: the text is not a well-formed expression (unterminated string or
 * attribute, unbalanced parentheses, a typographic quote, a bad `&H` number). The Rules Editor only
 * says so on save; the sync engine rejects the rule.
 */
export const expressionSyntax: ExpressionCheck = {
  meta: {
    id: 'AADC019',
    name: 'expression-syntax',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'The expression cannot be parsed: the engine rejects the rule.',
    docs: {
      why: "The Rules Editor only refuses a broken expression when the rule is saved, and a script or server export that carries one makes the engine reject the rule (DOC-EXPR lists the lexical rules; the engine's own errors name unterminated strings, attributes and parameters, and bad &H numbers).",
      fix: "Close what the message says is open; write string literals in straight double quotes.",
      wrong: "Left([displayName, 20)",
      right: "Left([displayName], 20)",
    },
  },
  check: ({ parsed }) => parsed.problems.map((p) => ({ start: p.start, end: p.end, message: p.message })),
};
