import type { Connection } from 'vscode-languageserver/node';
import { expressionHover } from '../../service/expression-features/hover';
import type { OpenExpressionDocuments } from './script-documents';

export function registerHover(connection: Connection, documents: OpenExpressionDocuments) {
  connection.onHover((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? expressionHover(doc, p.position) : null;
  });
}
