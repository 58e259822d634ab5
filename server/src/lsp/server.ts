import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from './uri';
import { validateDocument } from '../service/validate';
import { expressionFeatureCapabilities, registerExpressionFeatures } from './features';
import { codeActionCapability, registerCodeActions } from './features/code-actions';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, ...expressionFeatureCapabilities, codeActionProvider: codeActionCapability },
  serverInfo: { name: 'adsync-rules' },
}));

function validate(doc: TextDocument) {
  const format = doc.languageId === 'adsync-documenter-script' ? 'documenter-script' : 'powershell';
  const diagnostics = validateDocument(URI.toPath(doc.uri), doc.getText(), format);
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}

documents.onDidChangeContent((e) => validate(e.document));
documents.onDidClose((e) => void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] }));
registerExpressionFeatures(connection, documents);
registerCodeActions(connection, documents);
documents.listen(connection);
connection.listen();
