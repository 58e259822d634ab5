import { renderRuleLines, sharedSpelling, type RuleTextLine } from '../../../server/src/diff/rule-text';
import type { RuleDiff } from '../../../server/src/diff/types';
import { fixturePath } from '../../support/corpus';

export const primaryFolder = fixturePath('compare', 'primary');
export const stagingFolder = fixturePath('compare', 'staging');

/** Both sides of a pair rendered the way the comparison view renders them. */
export function renderPair(r: RuleDiff): { primary: RuleTextLine[]; staging: RuleTextLine[] } {
  const options = { connector: r.connector, spelling: sharedSpelling(r.primary, r.staging) };
  return { primary: renderRuleLines(r.primary!, options), staging: renderRuleLines(r.staging!, options) };
}

/** The lines of each side that a line diff (longest common subsequence) does not match up. */
export function unmatchedLines<T extends { text: string }>(a: T[], b: T[]): { a: T[]; b: T[] } {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i].text === b[j].text ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const out = { a: [] as T[], b: [] as T[] };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i].text === b[j].text) (i++, j++);
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) out.a.push(a[i++]);
    else out.b.push(b[j++]);
  }
  out.a.push(...a.slice(i));
  out.b.push(...b.slice(j));
  return out;
}

/**
 * Whether a line's field is one of the changes: the same field, or a part of it (`flows[x].expression`
 * belongs to a change of the whole flow `flows[x]`). Destinations compare without case, as the diff pairs them.
 */
export function belongsTo(lineField: string, changeField: string): boolean {
  const a = lineField.toLowerCase();
  const b = changeField.toLowerCase();
  return a === b || a.startsWith(b + '.');
}

/** The fields whose lines differ between the two renderings (layout lines, field '', left out). */
export function differingFields(pair: { primary: RuleTextLine[]; staging: RuleTextLine[] }): RuleTextLine[] {
  const { a, b } = unmatchedLines(pair.primary, pair.staging);
  return [...a, ...b].filter((l) => l.field !== '');
}
