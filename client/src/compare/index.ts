import { commands, languages, window, workspace, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OPEN_COMPARED_RULE_COMMAND, type OpenComparedRuleArgs } from '../../../server/src/protocol/compare';
import { ComparedFileLenses, UNSYNCED_COMPARED_FILES } from './compared-file-lenses';
import type { ComparisonStore } from './comparison-store';
import { DifferencesTree, type DifferenceNode } from './differences-tree';
import { openComparedRule, openRuleSource } from './open-rule';
import { pickCompareInputs } from './pick-inputs';
import { COMPARE_SCHEME, ComparisonDocuments } from './rule-documents';
import { DIFFERENCES_VIEW, runCompare, summaryLine } from './run-compare';
import { fetchReport, showReport } from './show-report';

/** "Compare Primary and Staging…": the commands, the differences view, the rule documents and the lenses of compared files. */
/** `store`: the comparison this window shows, which the status item reads too. */
export function registerCompare(client: LanguageClient, store: ComparisonStore): Disposable[] {
  const tree = window.createTreeView(DIFFERENCES_VIEW, { treeDataProvider: new DifferencesTree(store), showCollapseAll: true });
  const openSide = (side: 'primary' | 'staging') => (node?: DifferenceNode) => (node?.kind === 'rule' ? openRuleSource(client, node.rule, side) : undefined);
  return [
    store,
    tree,
    store.onDidChange(() => (tree.message = store.view ? summaryLine(store.view) : undefined)),
    workspace.registerTextDocumentContentProvider(COMPARE_SCHEME, new ComparisonDocuments(store, (comparison) => fetchReport(client, comparison))),
    languages.registerCodeLensProvider(UNSYNCED_COMPARED_FILES, new ComparedFileLenses(client, store)),
    commands.registerCommand('adsyncRules.compare', async () => {
      const params = await pickCompareInputs();
      if (params) await runCompare(client, store, params);
    }),
    commands.registerCommand('adsyncRules.compare.again', () => (store.params ? runCompare(client, store, store.params) : commands.executeCommand('adsyncRules.compare'))),
    commands.registerCommand('adsyncRules.compare.showReport', () => showReport(store)),
    commands.registerCommand(OPEN_COMPARED_RULE_COMMAND, (args: OpenComparedRuleArgs) => openComparedRule(store, client, args)),
    commands.registerCommand('adsyncRules.compare.openPrimary', openSide('primary')),
    commands.registerCommand('adsyncRules.compare.openStaging', openSide('staging')),
  ];
}
