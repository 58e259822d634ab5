import { commands, ProgressLocation, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareRequest, type CompareParams, type CompareView } from '../../../server/src/protocol/compare';
import type { ComparisonStore } from './comparison-store';

export const DIFFERENCES_VIEW = 'adsyncRules.differences';

/** Asks the server to compare, shows the result in the differences view, and says what it could not decide. */
export async function runCompare(client: LanguageClient, store: ComparisonStore, params: CompareParams): Promise<void> {
  let view: CompareView;
  try {
    view = await window.withProgress({ location: ProgressLocation.Notification, title: 'Comparing primary and staging sync rules…' }, () => client.sendRequest<CompareView>(CompareRequest.method, params));
  } catch (e) {
    void window.showErrorMessage(`Compare: ${e instanceof Error ? e.message : String(e)}`);
    return;
  }
  store.set(view, params);
  await commands.executeCommand('setContext', 'adsyncRules.compared', true);
  // The view appears with the context key; failing to focus it must not hide the warnings below.
  await commands.executeCommand(`${DIFFERENCES_VIEW}.focus`).then(undefined, () => undefined);
  if (view.problems.length) {
    const more = view.problems.length > 1 ? ` (and ${view.problems.length - 1} more in the differences view)` : '';
    const action = await window.showWarningMessage(`Compare: ${view.problems[0]}${more}`, 'Connector Map Setting');
    if (action) await commands.executeCommand('workbench.action.openSettings', 'adsyncRules.connectorMap');
  }
}

/** One line for the top of the differences view. */
export function summaryLine(view: CompareView): string {
  const s = view.summary;
  const parts = [`${s.changed} changed`, `${s.onlyInPrimary} only in primary`, `${s.onlyInStaging} only in staging`, `${s.drift} drift`, `${s.same} same`];
  return `${view.primary.label} ↔ ${view.staging.label}: ${parts.join(' · ')}`;
}
