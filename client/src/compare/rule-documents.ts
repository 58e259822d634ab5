import { Uri, type TextDocumentContentProvider } from 'vscode';
import type { CompareSideName, CompareView, RuleView } from '../../../server/src/protocol/compare';
import type { ComparisonStore } from './comparison-store';

/** Read-only documents of a comparison: a rule's text on one side, and the report. */
export const COMPARE_SCHEME = 'adsync-compare';

export function ruleUri(view: CompareView, rule: RuleView, side: CompareSideName): Uri {
  // The path is what a tab shows; the query is what the provider reads.
  return Uri.from({ scheme: COMPARE_SCHEME, path: `/${rule.name.replace(/\//g, '∕')} (${side})`, query: new URLSearchParams({ comparison: String(view.comparison), rule: String(rule.index), side }).toString() });
}

export function reportUri(view: CompareView): Uri {
  return Uri.from({ scheme: COMPARE_SCHEME, path: '/Sync rule comparison.md', query: new URLSearchParams({ comparison: String(view.comparison), report: 'markdown' }).toString() });
}

/** Texts come from the comparison the server sent; the report is asked for when first opened. */
export class ComparisonDocuments implements TextDocumentContentProvider {
  constructor(
    private readonly store: ComparisonStore,
    private readonly fetchReport: (comparison: number) => Promise<string>,
  ) {}

  async provideTextDocumentContent(uri: Uri): Promise<string> {
    const q = new URLSearchParams(uri.query);
    const comparison = Number(q.get('comparison'));
    if (q.get('report')) return this.fetchReport(comparison);
    const rule = this.store.rule({ comparison, rule: Number(q.get('rule')) });
    if (!rule) return 'This comparison has been replaced by a newer one: open the rule again from the differences view.\n';
    const side = q.get('side') === 'staging' ? 'staging' : 'primary';
    return rule[side]?.text ?? `(no rule of this name on the ${side} side)\n`;
  }
}
