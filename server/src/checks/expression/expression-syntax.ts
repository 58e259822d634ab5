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
  },
  check: ({ parsed }) => parsed.problems.map((p) => ({ start: p.start, end: p.end, message: p.message })),
};
