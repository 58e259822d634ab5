import type { Position, Range } from 'vscode-languageserver-types';
import { attributeOccurrences, sameAttribute, type AttributeOccurrence } from './attribute-occurrences';
import type { NavigationDocument } from './navigation-document';
import { rangeContains } from './positions';

/** A place in some file of the workspace. */
export interface FileRange {
  file: string;
  range: Range;
}

/** The attributes other files of the workspace name; asked only when the cursor is on an attribute. */
export type OtherFiles = (except: string) => Iterable<AttributeOccurrence>;

/** Read once per reading of the document and kept with it. */
export function documentOccurrences(doc: NavigationDocument): AttributeOccurrence[] {
  return (doc.memo.occurrences ??= attributeOccurrences(doc.rules, doc.expressions));
}

export function attributeAt(doc: NavigationDocument, position: Position): AttributeOccurrence | undefined {
  return documentOccurrences(doc).find((o) => rangeContains(o.range, position));
}

/**
 * On an attribute name: every flow that reads or writes the same attribute, every scope and join
 * condition that tests it, here and in the other files. Declarations are the flows that write it.
 */
export function attributeReferences(doc: NavigationDocument, position: Position, includeDeclaration: boolean, others: OtherFiles = noOthers): FileRange[] | undefined {
  const here = attributeAt(doc, position);
  if (!here) return undefined;
  return matching(doc, here, others)
    .filter((o) => includeDeclaration || o.role !== 'write')
    .map(({ file, range }) => ({ file, range }));
}

/**
 * On an attribute name: the flows that write it, here and in the other files; none for an attribute
 * only ever read (one the connector's own directory fills in).
 */
export function attributeDefinitions(doc: NavigationDocument, position: Position, others: OtherFiles = noOthers): { origin: Range; targets: AttributeOccurrence[] } | undefined {
  const here = attributeAt(doc, position);
  if (!here) return undefined;
  return { origin: here.range, targets: matching(doc, here, others).filter((o) => o.role === 'write') };
}

/** This document's occurrences first, in text order, then the other files'. */
function matching(doc: NavigationDocument, here: AttributeOccurrence, others: OtherFiles): AttributeOccurrence[] {
  const local = documentOccurrences(doc)
    .filter((o) => sameAttribute(o, here))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const elsewhere = [...others(doc.file)].filter((o) => o.file !== doc.file && sameAttribute(o, here));
  return [...local, ...elsewhere];
}

const noOthers: OtherFiles = () => [];
