import type { Connection, Hover, Position } from 'vscode-languageserver/node';
import { expressionHover } from '../../service/expression-features/hover';
import type { OpenExpressionDocuments } from './script-documents';

/** A hover asked only where no expression hover applies (rule names, parameters, scope operators). */
export type FallbackHover = (uri: string, position: Position) => Hover | null;

/** The one hover handler of the server: a connection keeps only the last onHover registered. */
export function registerHover(connection: Connection, documents: OpenExpressionDocuments, fallback?: FallbackHover) {
  connection.onHover((p) => {
    const doc = documents.get(p.textDocument.uri);
    return (doc && expressionHover(doc, p.position)) ?? fallback?.(p.textDocument.uri, p.position) ?? null;
  });
}
