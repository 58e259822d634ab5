import { CodeActionKind, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../service/code-actions';
import { URI } from '../uri';

export const codeActionCapability = { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] };

/** Quick fixes come from the diagnostics' data; "Format expression" from the expression under the cursor. */
export function registerCodeActions(connection: Connection, documents: TextDocuments<TextDocument>) {
  connection.onCodeAction((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc || (doc.languageId !== 'powershell' && doc.languageId !== 'adsync-powershell')) return null;
    return codeActions(doc.uri, URI.toPath(doc.uri), doc.getText(), p.range, p.context.diagnostics);
  });
}
