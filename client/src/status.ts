import { languages, LanguageStatusSeverity, window, type Disposable, type LanguageStatusItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusNotification, type StatusParams } from '../../server/src/protocol/status';

/**
 * A language status item (beside the language name in the status bar) instead of status bar clutter:
 * rules read and findings for the active sync-rule document.
 */
export function registerStatus(client: LanguageClient): Disposable[] {
  const item: LanguageStatusItem = languages.createLanguageStatusItem('adsyncRules.status', [{ language: 'powershell' }, { language: 'adsync-powershell' }]);
  item.name = 'Entra Connect Sync Rules';
  item.command = { title: 'Problems', command: 'workbench.actions.view.problems' };
  const byUri = new Map<string, StatusParams>();
  const show = () => {
    const status = byUri.get(window.activeTextEditor?.document.uri.toString() ?? '');
    if (!status || !status.ours) {
      item.text = status && !status.enabled ? 'Sync rules: off' : 'Sync rules: not a rule file';
      item.severity = LanguageStatusSeverity.Information;
      return;
    }
    item.text = `Sync rules: ${status.rules} rule${status.rules === 1 ? '' : 's'}, ${status.errors} error${status.errors === 1 ? '' : 's'}, ${status.warnings} warning${status.warnings === 1 ? '' : 's'}`;
    item.severity = status.errors ? LanguageStatusSeverity.Error : status.warnings ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information;
  };
  const subscription = client.onNotification(StatusNotification.method, (params: StatusParams) => {
    byUri.set(params.uri, params);
    show();
  });
  return [item, subscription, window.onDidChangeActiveTextEditor(show)];
}
