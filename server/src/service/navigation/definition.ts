import type { Position, Range } from 'vscode-languageserver-types';
import type { VariableValue } from '../../syntax/ast';
import type { NavigationDocument } from './navigation-document';
import { offsetAt, rangeContains } from './positions';
import { contains, variableSetters, walkScript } from './script-walk';
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
 * PrecedenceBefore/After GUID to the rule of this document with that Identifier.
 */
export function definition(doc: NavigationDocument, position: Position): LocalDefinition[] {
  return precedenceTarget(doc, position) ?? variableTarget(doc, position) ?? [];
}

function precedenceTarget(doc: NavigationDocument, position: Position): LocalDefinition[] | undefined {
  for (const rule of doc.rules) {
    for (const ref of [rule.precedenceBefore, rule.precedenceAfter]) {
      if (!ref.range || !rangeContains(ref.range, position)) continue;
      const id = ref.value;
      if (!id || id === UNSET_GUID) return [];
      return doc.rules
        .filter((r) => r.identifier.value === id)
        .map((r) => ({ originSelectionRange: ref.range!, targetRange: r.range, targetSelectionRange: r.selectionRange }));
    }
  }
  return undefined;
}

function variableTarget(doc: NavigationDocument, position: Position): LocalDefinition[] | undefined {
  if (!doc.script) return undefined;
  const offset = offsetAt(doc.lines, position);
  let found: VariableValue | undefined;
  walkScript(doc.script, {
    value(v) {
      if (v.kind === 'variable' && contains(v, offset)) found = v;
    },
  });
  if (!found) return undefined;
  const name = found.name.toLowerCase();
  const use = found;
  // The setter that finished last before the use: a command's own -OutVariable is set only after it ran.
  const setter = variableSetters(doc.script)
    .filter((s) => s.name === name && s.span.end <= use.start)
    .pop();
  if (!setter) return [];
  return [{
    originSelectionRange: doc.lines.rangeOf(use.start, use.end),
    targetRange: doc.lines.rangeOf(setter.span.start, setter.span.end),
    targetSelectionRange: doc.lines.rangeOf(setter.nameSpan.start, setter.nameSpan.end),
  }];
}
