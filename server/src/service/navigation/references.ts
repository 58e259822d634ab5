import type { Position, Range } from 'vscode-languageserver-types';
import type { NavigationDocument } from './navigation-document';
import { offsetAt, rangeContains } from './positions';
import { contains } from './script-walk';
import { scriptNames } from './script-names';
import { UNSET_GUID } from '../../model/well-known';

/**
 * Every place in this document that names the same thing as the cursor: a GUID (a rule's Identifier
 * and everything that points at it, or a connector) or a PowerShell variable (each `-OutVariable`
 * and assignment that sets it, each `$name` that reads it). Declarations are Identifiers and setters.
 */
export function references(doc: NavigationDocument, position: Position, includeDeclaration: boolean): Range[] {
  return guidReferences(doc, position, includeDeclaration) ?? variableReferences(doc, position, includeDeclaration) ?? [];
}

/**
 * Any GUID of the script: a rule's Identifier, a PrecedenceBefore/After, a -Connector, the
 * `Get-ADSyncRule -Identifier` that reads a rule back. The declarations are the rules' Identifiers.
 */
function guidReferences(doc: NavigationDocument, position: Position, includeDeclaration: boolean): Range[] | undefined {
  const names = scriptNames(doc);
  if (!names) return undefined;
  const offset = offsetAt(doc.lines, position);
  const id = names.guids.find((g) => contains(g, offset))?.name;
  if (!id) return undefined;
  if (id === UNSET_GUID) return [];
  const declarations = doc.rules.flatMap((r) => (r.identifier.range ? [r.identifier.range] : []));
  // The reader locates an Identifier at its value, the walk at the whole string: the same place if they meet.
  const isDeclaration = (r: Range) => declarations.some((d) => rangeContains(r, d.start) || rangeContains(d, r.start));
  return names.guids
    .filter((g) => g.name === id)
    .map((g) => doc.lines.rangeOf(g.start, g.end))
    .filter((r) => includeDeclaration || !isDeclaration(r));
}

function variableReferences(doc: NavigationDocument, position: Position, includeDeclaration: boolean): Range[] | undefined {
  const names = scriptNames(doc);
  if (!names) return undefined;
  const offset = offsetAt(doc.lines, position);
  const name = (names.setters.find((s) => contains(s.nameSpan, offset)) ?? names.variables.find((u) => contains(u, offset)))?.name;
  if (!name) return undefined;
  const declared = names.setters.filter((s) => s.name === name).map((s) => s.nameSpan);
  // `$x = …` is both a setter and a variable value: count it once, as the declaration.
  const isDeclared = (u: { start: number }) => declared.some((d) => d.start === u.start);
  const spans = [
    ...(includeDeclaration ? declared : []),
    ...names.variables.filter((u) => u.name === name && !isDeclared(u)),
  ].sort((a, b) => a.start - b.start);
  return spans.map((s) => doc.lines.rangeOf(s.start, s.end));
}
