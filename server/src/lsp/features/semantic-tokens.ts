import type { Connection, SemanticTokensOptions } from 'vscode-languageserver/node';
import { EXPRESSION_TOKEN_LEGEND, expressionSemanticTokens } from '../../service/expression-features/semantic-tokens';
import type { OpenExpressionDocuments } from './script-documents';

export const semanticTokensCapability: SemanticTokensOptions = { legend: EXPRESSION_TOKEN_LEGEND, full: true, range: true };

/** Null for a document without expressions: VS Code then uses another provider's tokens (the PowerShell extension's). */
export function registerSemanticTokens(connection: Connection, documents: OpenExpressionDocuments) {
  connection.languages.semanticTokens.on((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? expressionSemanticTokens(doc) : null;
  });
  connection.languages.semanticTokens.onRange((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? expressionSemanticTokens(doc, p.range) : null;
  });
}
