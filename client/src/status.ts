import { languages, LanguageStatusSeverity, window, type Disposable, type LanguageStatusItem } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusNotification, type StatusParams } from '../../server/src/protocol/status';
import type { ComparisonStore } from './compare/comparison-store';
import { summaryLine } from './compare/run-compare';

const SELECTOR = [{ language: 'powershell' }, { language: 'adsync-powershell' }];

/**
 * Language status items (beside the language name in the status bar) instead of status bar clutter:
 * rules read and findings for the active sync-rule document, and the state of the primary/staging comparison.
 */
export function registerStatus(client: LanguageClient, comparison: ComparisonStore): Disposable[] {
  return [...documentStatus(client), ...compareStatus(comparison)];
}

function documentStatus(client: LanguageClient): Disposable[] {
  const item: LanguageStatusItem = languages.createLanguageStatusItem('adsyncRules.status', SELECTOR);
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

/** "Not compared" with the command that compares, or the last comparison's counts with the one that shows its report. */
function compareStatus(comparison: ComparisonStore): Disposable[] {
  const item = languages.createLanguageStatusItem('adsyncRules.compareStatus', SELECTOR);
  item.name = 'Primary and staging';
  const show = () => {
    const view = comparison.view;
    if (!view) {
      item.text = 'Primary ↔ staging: not compared';
      item.detail = undefined;
      item.command = { title: 'Compare…', command: 'adsyncRules.compare' };
      return;
    }
    const differ = view.summary.changed + view.summary.onlyInPrimary + view.summary.onlyInStaging;
    item.text = differ ? `Primary ↔ staging: ${differ} rule${differ === 1 ? '' : 's'} differ` : 'Primary ↔ staging: equivalent';
    item.detail = summaryLine(view);
    item.command = { title: 'Report', command: 'adsyncRules.compare.showReport' };
  };
  show();
  return [item, comparison.onDidChange(show)];
}
