import type { Connection, Hover, Location, Position, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { definition, documentSymbols, references, foldingRanges, navigationHover, NavigationDocumentCache, type NavigationDocument } from '../../service/navigation';
import { URI } from '../uri';
import { scriptDocumentOf } from './script-documents';

export const navigationCapabilities: ServerCapabilities = {
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  definitionProvider: true,
  referencesProvider: true,
};

/** Open documents read once per text for outline, folding, definition and hover; a closed document is dropped. */
export class OpenNavigationDocuments {
  private readonly cache = new NavigationDocumentCache();

  constructor(private readonly documents: TextDocuments<TextDocument>) {
    documents.onDidClose((e) => this.cache.forget(URI.toPath(e.document.uri)));
  }

  get(uri: string): NavigationDocument | undefined {
    const doc = this.documents.get(uri);
    return doc && this.cache.get(scriptDocumentOf(doc));
  }

  /** For the one hover handler: asked after the expression hover found nothing. */
  hover(uri: string, position: Position): Hover | null {
    const doc = this.get(uri);
    return doc ? navigationHover(doc, position) : null;
  }
}

export function registerNavigation(connection: Connection, documents: OpenNavigationDocuments) {
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
