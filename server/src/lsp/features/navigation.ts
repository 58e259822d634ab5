import type { Connection, Hover, Location, Position, ServerCapabilities } from 'vscode-languageserver/node';
import { attributeDefinitions, attributeReferences, definition, documentSymbols, foldingRanges, navigationHover, references, type FileRange, type OtherFiles } from '../../service/navigation';
import { comparedRuleStatus } from '../../service/compare/rule-status';
import { URI } from '../uri';
import type { LastComparison } from './compare';
import type { OpenExpressionDocuments } from './script-documents';

export const navigationCapabilities: ServerCapabilities = {
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  definitionProvider: true,
  referencesProvider: true,
};

/** Asked by the one hover handler after the expression hover found nothing. */
export function navigationHoverAt(documents: OpenExpressionDocuments, uri: string, position: Position, comparison: LastComparison): Hover | null {
  const doc = documents.get(uri);
  if (!doc) return null;
  const last = comparison.current;
  return navigationHover(doc, position, last && ((rule) => comparedRuleStatus(last, URI.toPath(uri), doc.rules, rule)));
}

const location = ({ file, range }: FileRange): Location => ({ uri: URI.fromPath(file), range });

/** `otherFiles`: the attributes the rest of the workspace names, for definitions and references across files. */
export function registerNavigation(connection: Connection, documents: OpenExpressionDocuments, otherFiles: OtherFiles) {
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
    if (!doc) return null;
    const attribute = attributeDefinitions(doc, p.position, otherFiles);
    if (attribute) return attribute.targets.map(location);
    return definition(doc, p.position).map((d) => ({ uri: p.textDocument.uri, range: d.targetSelectionRange }));
  });
  connection.onReferences((p): Location[] | null => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const attribute = attributeReferences(doc, p.position, p.context.includeDeclaration, otherFiles);
    if (attribute) return attribute.map(location);
    return references(doc, p.position, p.context.includeDeclaration).map((range) => ({ uri: p.textDocument.uri, range }));
  });
}
