import { scan } from '../../server/src/syntax/scanner';
import { parseTokens } from '../../server/src/syntax/parser';
import { mergeProblems } from '../../server/src/syntax/syntax-problems';
import * as T from '../../server/src/syntax/tokens';

/**
 * A reading with or without the Rules Editor layout's fast path (layout-statement.ts), as JSON: key
 * order included, since some comparisons of trees walk their keys.
 */
export function layoutReading(text: string, layout: boolean) {
  const scanned = scan(text, 0, text.length, layout);
  const parsed = parseTokens(scanned.tokens, text.length);
  return {
    tree: JSON.stringify(parsed.script),
    problems: JSON.stringify(mergeProblems(scanned.problems, parsed.problems)),
    comments: JSON.stringify(scanned.comments),
    layoutStatements: scanned.tokens.filter((t) => t.tokenType === T.LayoutStatement).length,
    statements: parsed.script.statements.length,
  };
}

/** What differs between the fast path's reading and the general one ('' when nothing does). */
export function layoutDifference(text: string): string {
  const fast = layoutReading(text, true);
  const general = layoutReading(text, false);
  if (fast.problems !== general.problems) return `problems differ: ${fast.problems.slice(0, 300)} vs ${general.problems.slice(0, 300)}`;
  if (fast.comments !== general.comments) return 'comments differ';
  if (fast.tree !== general.tree) return 'trees differ';
  return '';
}
