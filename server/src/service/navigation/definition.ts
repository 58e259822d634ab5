import type { Position, Range } from 'vscode-languageserver-types';
import type { NavigationDocument } from './navigation-document';
import { offsetAt, rangeContains } from './positions';
import { contains } from './script-walk';
import { guidAt, scriptNames } from './script-names';
import { UNSET_GUID } from '../../model/well-known';

/** A definition inside the same document; the adapter adds the URI. */
export interface LocalDefinition {
  originSelectionRange: Range;
  targetRange: Range;
  targetSelectionRange: Range;
}

/**
 * From `$syncRule[0]` / `$conditionN[0]` to the command whose `-OutVariable` last set it before that
 * point (the variable is re-set by every mapping and group command, as PowerShell sees it); from a
 * PrecedenceBefore/After GUID (or the `Get-ADSyncRule -Identifier` that reads a rule back) to the rule of
 * this document with that Identifier.
 */
export function definition(doc: NavigationDocument, position: Position): LocalDefinition[] {
  return precedenceTarget(doc, position) ?? variableTarget(doc, position) ?? [];
}

/** A precedence pointer (or any other GUID naming a rule of this document) → the rule with that Identifier. */
function precedenceTarget(doc: NavigationDocument, position: Position): LocalDefinition[] | undefined {
  const names = scriptNames(doc);
  if (!names) return undefined;
  const at = guidAt(doc, offsetAt(doc.lines, position));
  if (!at) return undefined;
  if (at.name === UNSET_GUID) return [];
  const origin = doc.lines.rangeOf(at.start, at.end);
  // On the Identifier itself there is nothing to go to: that is the definition.
  const targets = doc.rules.filter((r) => r.identifier.value === at.name && !(r.identifier.range && rangeContains(origin, r.identifier.range.start)));
  return targets.map((r) => ({ originSelectionRange: origin, targetRange: r.range, targetSelectionRange: r.selectionRange }));
}

function variableTarget(doc: NavigationDocument, position: Position): LocalDefinition[] | undefined {
  const names = scriptNames(doc);
  if (!names) return undefined;
  const offset = offsetAt(doc.lines, position);
  const found = names.variables.find((v) => v.value && contains(v.value, offset));
  if (!found) return undefined;
  const use = found.value!;
  // The setter that finished last before the use: a command's own -OutVariable is set only after it ran.
  const setter = names.setters.filter((s) => s.name === found.name && s.span.end <= use.start).pop();
  if (!setter) return [];
  return [{
    originSelectionRange: doc.lines.rangeOf(use.start, use.end),
    targetRange: doc.lines.rangeOf(setter.span.start, setter.span.end),
    targetSelectionRange: doc.lines.rangeOf(setter.nameSpan.start, setter.nameSpan.end),
  }];
}

/**
 * A rule GUID under the cursor that no rule of this document has: the rules elsewhere in the workspace
 * with that Identifier are where it leads (an out-of-box rule of a server export, a rule in another script).
 */
export function guidToFind(doc: NavigationDocument, position: Position): string | undefined {
  const at = guidAt(doc, offsetAt(doc.lines, position));
  if (!at || at.name === UNSET_GUID || doc.rules.some((r) => r.identifier.value === at.name)) return undefined;
  return at.name;
}
