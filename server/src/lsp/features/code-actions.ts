import { CodeActionKind, type Connection } from 'vscode-languageserver/node';
import { codeActions } from '../../service/code-actions';
import type { OpenExpressionDocuments } from './script-documents';

export const codeActionCapability = { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] };

/** Quick fixes come from the diagnostics' data; "Format expression" from the expression under the cursor. */
export function registerCodeActions(connection: Connection, documents: OpenExpressionDocuments) {
  connection.onCodeAction((p) => {
    const doc = documents.isOurs(p.textDocument.uri) ? documents.get(p.textDocument.uri) : undefined;
    // The editor asks on every cursor move: the reading is the one hover and outline already made of this text.
    return doc ? codeActions(p.textDocument.uri, doc, p.range, p.context.diagnostics) : null;
  });
}
