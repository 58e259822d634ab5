import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineageRequest, type LineageParams, type LineageView } from '../../protocol/lineage';
import { lineageView } from '../../service/lineage/lineage-view';
import type { WorkspaceRuleIndex } from '../../service/workspace-index';
import type { OpenExpressionDocuments } from './script-documents';
import { URI } from '../uri';

/**
 * The lineage over the workspace folders' inputs and the open documents outside them (an export opened
 * from elsewhere), each with its unsaved text.
 */
export function registerLineage(connection: Connection, documents: TextDocuments<TextDocument>, open: OpenExpressionDocuments, workspace: WorkspaceRuleIndex, openTexts: () => Map<string, string>) {
  connection.onRequest(LineageRequest.method, (params: LineageParams): LineageView => {
    const inWorkspace = workspace.inputPaths();
    const rules = workspace.allRules(openTexts());
    for (const doc of documents.all()) {
      if (inWorkspace.has(URI.toPath(doc.uri)) || !open.isOurs(doc.uri)) continue;
      rules.push(...(open.get(doc.uri)?.rules ?? []));
    }
    return lineageView(rules, params.attribute.trim(), (file) => URI.fromPath(file));
  });
}
