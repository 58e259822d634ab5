import type { Connection, Hover, Location, Position, ServerCapabilities } from 'vscode-languageserver/node';
import { definition, documentSymbols, foldingRanges, navigationHover, references } from '../../service/navigation';
import type { OpenExpressionDocuments } from './script-documents';

export const navigationCapabilities: ServerCapabilities = {
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  definitionProvider: true,
  referencesProvider: true,
};

/** Asked by the one hover handler after the expression hover found nothing. */
export function navigationHoverAt(documents: OpenExpressionDocuments, uri: string, position: Position): Hover | null {
  const doc = documents.get(uri);
  return doc ? navigationHover(doc, position) : null;
}

export function registerNavigation(connection: Connection, documents: OpenExpressionDocuments) {
  connection.onDocumentSymbol((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? documentSymbols(doc) : null;
  });
  connection.onFoldingRanges((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? foldingRanges(doc) : null;
  });
  // Plain locations (every client takes them) at the name the definition is written with, not the whole command.
  connection.onDefinition((p): Location[] | null => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? definition(doc, p.position).map((d) => ({ uri: p.textDocument.uri, range: d.targetSelectionRange })) : null;
  });
  connection.onReferences((p): Location[] | null => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? references(doc, p.position, p.context.includeDeclaration).map((range) => ({ uri: p.textDocument.uri, range })) : null;
  });
}
