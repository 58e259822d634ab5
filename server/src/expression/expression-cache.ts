import type { ParsedExpression } from './ast';
import { parseExpression } from './parser';

/**
 * Parsed expressions by their text. Rule sets repeat the same expressions many times (every clone of a
 * standard rule, every generated flow), and an edit re-reads a file whose expressions are all unchanged
 * but one: each distinct text is lexed and parsed once. Parsed trees are shared, so no one may change them.
 */
const parsedByText = new Map<string, ParsedExpression>();
/** Distinct expressions kept: more than a 5,000-rule export holds. */
const CAPACITY = 50_000;

export function readExpression(text: string): ParsedExpression {
  let parsed = parsedByText.get(text);
  if (!parsed) {
    parsed = parseExpression(text);
    // Forgetting everything at once is simpler than an LRU and costs one re-parse of what is still in use.
    if (parsedByText.size >= CAPACITY) parsedByText.clear();
    parsedByText.set(text, parsed);
  }
  return parsed;
}
