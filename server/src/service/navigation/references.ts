import type { Position, Range } from 'vscode-languageserver-types';
import type * as A from '../../syntax/ast';
import type { NavigationDocument } from './navigation-document';
import { offsetAt, rangeContains } from './positions';
import { contains, variableSetters, walkScript } from './script-walk';
import { UNSET_GUID } from '../../model/well-known';

/**
 * Every place in this document that names the same thing as the cursor: a GUID (a rule's Identifier
 * and everything that points at it, or a connector) or a PowerShell variable (each `-OutVariable`
 * and assignment that sets it, each `$name` that reads it). Declarations are Identifiers and setters.
 */
export function references(doc: NavigationDocument, position: Position, includeDeclaration: boolean): Range[] {
  return guidReferences(doc, position, includeDeclaration) ?? variableReferences(doc, position, includeDeclaration) ?? [];
}

const GUID = /^[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[})]?$/i;

/** A GUID written as a plain string or bareword: `'633c…'`, `633c…`, `{633c…}`; lower-case, without braces. */
function guidOf(v: A.Value): string | undefined {
  const text = v.kind === 'string' && !v.expandable ? v.value : v.kind === 'bareword' ? v.text : undefined;
  return text && GUID.test(text.trim()) ? text.trim().replace(/[{}()]/g, '').toLowerCase() : undefined;
}

/**
 * Any GUID of the script: a rule's Identifier, a PrecedenceBefore/After, a -Connector, the
 * `Get-ADSyncRule -Identifier` that reads a rule back. The declarations are the rules' Identifiers.
 */
function guidReferences(doc: NavigationDocument, position: Position, includeDeclaration: boolean): Range[] | undefined {
  if (!doc.script) return undefined;
  const offset = offsetAt(doc.lines, position);
  const guids: { id: string; start: number; end: number }[] = [];
  walkScript(doc.script, {
    value(v) {
      const id = guidOf(v);
      if (id) guids.push({ id, start: v.start, end: v.end });
    },
  });
  const id = guids.find((g) => contains(g, offset))?.id;
  if (!id) return undefined;
  if (id === UNSET_GUID) return [];
  const declarations = doc.rules.flatMap((r) => (r.identifier.range ? [r.identifier.range] : []));
  // The reader locates an Identifier at its value, the walk at the whole string: the same place if they meet.
  const isDeclaration = (r: Range) => declarations.some((d) => rangeContains(r, d.start) || rangeContains(d, r.start));
  return guids
    .filter((g) => g.id === id)
    .map((g) => doc.lines.rangeOf(g.start, g.end))
    .filter((r) => includeDeclaration || !isDeclaration(r));
}

function variableReferences(doc: NavigationDocument, position: Position, includeDeclaration: boolean): Range[] | undefined {
  if (!doc.script) return undefined;
  const offset = offsetAt(doc.lines, position);
  const setters = variableSetters(doc.script);
  const uses: { name: string; start: number; end: number }[] = [];
  walkScript(doc.script, {
    value(v) {
      // Only `$name`, not the `[0]` or `.Member` after it.
      if (v.kind === 'variable') uses.push({ name: v.name.toLowerCase(), start: v.start, end: v.postfix[0]?.start ?? v.end });
    },
  });
  const name = (setters.find((s) => contains(s.nameSpan, offset)) ?? uses.find((u) => contains(u, offset)))?.name;
  if (!name) return undefined;
  const declared = setters.filter((s) => s.name === name).map((s) => s.nameSpan);
  // `$x = …` is both a setter and a variable value: count it once, as the declaration.
  const isDeclared = (u: { start: number }) => declared.some((d) => d.start === u.start);
  const spans = [
    ...(includeDeclaration ? declared : []),
    ...uses.filter((u) => u.name === name && !isDeclared(u)),
  ].sort((a, b) => a.start - b.start);
  return spans.map((s) => doc.lines.rangeOf(s.start, s.end));
}
