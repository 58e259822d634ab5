import type { Connection, SignatureHelpOptions } from 'vscode-languageserver/node';
import { expressionSignatureHelp } from '../../service/expression-features/signature-help';
import type { OpenExpressionDocuments } from './script-documents';

/** A `)` may close the call and move help to the outer one, so it re-asks. */
export const signatureHelpCapability: SignatureHelpOptions = { triggerCharacters: ['(', ','], retriggerCharacters: [')'] };

export function registerSignatureHelp(connection: Connection, documents: OpenExpressionDocuments) {
  connection.onSignatureHelp((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? expressionSignatureHelp(doc, p.position) : null;
  });
}
