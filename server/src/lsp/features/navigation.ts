import type { Connection, Hover, Location, Position, ServerCapabilities } from 'vscode-languageserver/node';
import { attributeDefinitions, attributeReferences, definition, documentSymbols, foldingRanges, guidToFind, navigationHover, references, type FileRange, type OtherFiles } from '../../service/navigation';
import type { SyncRule } from '../../model/sync-rule';
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

/** What navigation reads from the rest of the workspace, for definitions and references across files. */
export interface WorkspaceNavigation {
  otherFiles: OtherFiles;
  rulesWithIdentifier: (except: string, id: string) => SyncRule[];
}

export function registerNavigation(connection: Connection, documents: OpenExpressionDocuments, workspace: WorkspaceNavigation) {
  const { otherFiles } = workspace;
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
    const local = definition(doc, p.position).map((d) => ({ uri: p.textDocument.uri, range: d.targetSelectionRange }));
    if (local.length > 0) return local;
    // A GUID no rule here has: the rule may be in another file (an out-of-box rule of a server export).
    const id = guidToFind(doc, p.position);
    return id ? workspace.rulesWithIdentifier(doc.file, id).map((r) => location({ file: r.file, range: r.selectionRange })) : local;
  });
  connection.onReferences((p): Location[] | null => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const attribute = attributeReferences(doc, p.position, p.context.includeDeclaration, otherFiles);
    if (attribute) return attribute.map(location);
    return references(doc, p.position, p.context.includeDeclaration).map((range) => ({ uri: p.textDocument.uri, range }));
  });
}
