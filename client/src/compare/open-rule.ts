import { commands, Uri, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CompareSideName, OpenComparedRuleArgs, RuleView } from '../../../server/src/protocol/compare';
import type { ComparisonStore } from './comparison-store';
import { ruleUri } from './rule-documents';

/**
 * A rule of the comparison: both sides side by side when it has both, else where it is written. A
 * command from an older comparison (a lens not yet refreshed) says so rather than opening the wrong rule.
 */
export async function openComparedRule(store: ComparisonStore, client: LanguageClient, args: OpenComparedRuleArgs): Promise<void> {
  const view = store.view;
  const rule = store.rule(args);
  if (!view || !rule) {
    void window.showInformationMessage('That comparison has been replaced by a newer one; use the lenses or the differences view of the current one.');
    return;
  }
  if (!rule.primary || !rule.staging) return openRuleSource(client, rule, rule.primary ? 'primary' : 'staging');
  const title = `${rule.name}: ${view.primary.label} ↔ ${view.staging.label}`;
  await commands.executeCommand('vscode.diff', ruleUri(view, rule, 'primary'), ruleUri(view, rule, 'staging'), title, { preview: true });
}

/** The rule where it is written, its name selected. */
export async function openRuleSource(client: LanguageClient, rule: RuleView, side: CompareSideName): Promise<void> {
  const where = rule[side];
  if (!where) return;
  await window.showTextDocument(Uri.parse(where.uri), { selection: client.protocol2CodeConverter.asRange(where.selectionRange), preview: true });
}
