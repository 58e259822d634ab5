import { TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { createServerConnection } from './stdio-connection';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { URI } from './uri';
import { parseCheckSettings, type CheckSettings } from '../checks/settings';
import { checkReading } from '../service/validate';
import { OpenExpressionDocuments } from './features/script-documents';
import { StatusNotification, type StatusParams } from '../protocol/status';
import { expressionFeatureCapabilities, registerExpressionFeatures } from './features';
import { codeActionCapability } from './features/code-actions';
import { LastComparison, registerCompare } from './features/compare';
import { codeLensCapability, registerCodeLenses } from './features/code-lenses';
import { navigationCapabilities } from './features/navigation';
import { registerOpenConfiguration } from './features/open-configuration';
import { registerLineage } from './features/lineage';
import { registerHealth } from './features/health';
import { WorkspaceRuleIndex } from '../service/workspace-index';
import { nodeFileSource } from '../formats/node-file-source';

const connection = createServerConnection();
const documents = new TextDocuments(TextDocument);
// One reading per open document text: diagnostics, every editor feature and the compare lenses share it.
const open = new OpenExpressionDocuments(documents);

// Every rule of the workspace folders, for "Go to Symbol in Workspace".
const workspaceRules = new WorkspaceRuleIndex(nodeFileSource);

connection.onInitialize((params) => {
  workspaceRules.setFolders((params.workspaceFolders ?? []).map((f) => URI.toPath(f.uri)));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      ...expressionFeatureCapabilities,
      ...navigationCapabilities,
      codeActionProvider: codeActionCapability,
      codeLensProvider: codeLensCapability,
      workspaceSymbolProvider: true,
    },
    serverInfo: { name: 'adsync-rules' },
  };
});

/** Open documents count with their unsaved text. */
const openTexts = () => new Map(documents.all().map((d) => [URI.toPath(d.uri), d.getText()]));

connection.onWorkspaceSymbol((p) => workspaceRules.symbols(p.query, openTexts()));

// The documentation pages ship beside the bundle (dist/server.cjs → docs/rules/).
let settings: CheckSettings = { checks: {}, docsBase: pathToFileURL(path.resolve(__dirname, '..', 'docs', 'rules')).href + '/' };
/** `adsyncRules.enable`: off leaves every document to other extensions. */
let enabled = true;

function validate(doc: TextDocument) {
  const file = URI.toPath(doc.uri);
  const read = enabled ? open.get(doc.uri) : undefined;
  const result = read ? checkReading(read, settings, () => workspaceRules.inputs(openTexts(), file)) : { ours: false, rules: 0, diagnostics: [] };
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: result.diagnostics });
  const status: StatusParams = {
    uri: doc.uri,
    ours: result.ours,
    rules: result.rules,
    errors: result.diagnostics.filter((d) => d.severity === 1).length,
    warnings: result.diagnostics.filter((d) => d.severity === 2).length,
    enabled,
  };
  void connection.sendNotification(StatusNotification.method, status);
}

// VS Code's `adsyncRules` settings arrive here (the client synchronises that section).
connection.onDidChangeConfiguration((change) => {
  const section = (change.settings as { adsyncRules?: { checks?: unknown; enable?: unknown } } | undefined)?.adsyncRules;
  enabled = section?.enable !== false;
  const parsed = parseCheckSettings({ checks: section?.checks ?? {} });
  for (const problem of parsed.problems) connection.console.warn(`adsyncRules.checks: ${problem}`);
  settings = { ...parsed.settings, docsBase: settings.docsBase };
  documents.all().forEach(validate);
});

// A change can make or clear a finding across files (a precedence another file uses) in the other open
// documents too: they are checked again once typing pauses.
let othersTimer: NodeJS.Timeout | undefined;
function validateOthersSoon(changed: string) {
  clearTimeout(othersTimer);
  othersTimer = setTimeout(() => documents.all().filter((d) => d.uri !== changed).forEach(validate), 400);
}

documents.onDidChangeContent((e) => {
  validate(e.document);
  validateOthersSoon(e.document.uri);
});
documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
const comparison = new LastComparison();
registerExpressionFeatures(connection, open, {
  otherFiles: (except) => workspaceRules.attributeOccurrences(openTexts(), except),
  connectors: (except) => workspaceRules.connectors(openTexts(), except),
  rulesWithIdentifier: (except, id) => workspaceRules.rulesWithIdentifier(openTexts(), except, id),
  comparison,
});
registerCompare(connection, comparison);
registerCodeLenses(connection, open, comparison, () => enabled);
registerOpenConfiguration(connection);
registerLineage(connection, documents, open, workspaceRules, openTexts);
registerHealth(connection);
documents.listen(connection);
connection.listen();
