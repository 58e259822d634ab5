import type { SyncRule } from '../../model/sync-rule';
import type { CompareSideName, RuleView } from '../../protocol/compare';
import { otherSideStatus } from './code-lenses';
import { fileKey } from './file-keys';
import type { Comparison } from './run-comparison';

/**
 * How the last comparison found a rule of an open document on the other server, as one Markdown
 * line for the rule's hover; undefined when the file was not compared. Rules are matched by name and
 * direction, the n-th of a name to the n-th, so the answer holds while the text is edited.
 */
export function comparedRuleStatus(comparison: Comparison, file: string, documentRules: readonly SyncRule[], rule: SyncRule): string | undefined {
  const entries = comparison.rulesByFile.get(fileKey(file));
  if (!entries) return undefined;
  const key = (name: string | null, direction: string | null) => `${(name ?? '').toLowerCase()}\n${(direction ?? '').toLowerCase()}`;
  const wanted = key(rule.name.value, rule.direction.value);
  const nth = documentRules.filter((r) => key(r.name.value, r.direction.value) === wanted).indexOf(rule);
  // A file compared with itself lists each rule once per side: one entry per compared rule is enough.
  const seen = new Set<number>();
  const candidates: { view: RuleView; side: CompareSideName }[] = [];
  for (const e of entries) {
    const view = comparison.view.rules[e.rule];
    if (seen.has(e.rule) || key(view.name, view.direction) !== wanted) continue;
    seen.add(e.rule);
    candidates.push({ view, side: e.side });
  }
  const match = candidates[nth];
  if (!match) return 'Not in the last comparison (added since?).';
  const bothSides = entries.some((e) => e.side === 'primary') && entries.some((e) => e.side === 'staging');
  const status = otherSideStatus(match.view, match.side, bothSides);
  return `**Compared** — ${status.title}. ${status.detail.replace(/; click to see both\.$/, '.')}`;
}
