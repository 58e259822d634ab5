import type { CompletionOptions, Connection } from 'vscode-languageserver/node';
import { expressionCompletion } from '../../service/expression-features/completion';
import type { OpenExpressionDocuments } from './script-documents';

/** `[` opens an attribute, `%` a parameter, `$` a variable; names complete as they are typed. */
export const completionCapability: CompletionOptions = { triggerCharacters: ['[', '%', '$'] };

export function registerCompletion(connection: Connection, documents: OpenExpressionDocuments) {
  connection.onCompletion((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? expressionCompletion(doc, p.position) : null;
  });
}
