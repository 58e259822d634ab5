import type * as A from '../../syntax/ast';
import type { NavigationDocument } from './navigation-document';
import { variableSetters, walkScript, type VariableSetter } from './script-walk';

/** A GUID or variable name as written somewhere in the script. */
export interface NamedSpan extends A.Span {
  /** GUIDs lower-case without braces; variable names lower-case (PowerShell ignores their case). */
  name: string;
  /** For variables: the value it is written in (`$syncRule[0]`), whose span includes the index. */
  value?: A.VariableValue;
}

/** The names navigation follows, found in one walk of the script and kept with the reading. */
export interface ScriptNames {
  /** Every GUID written as a plain string or bareword: Identifiers, precedence pointers, connectors, lookups. */
  guids: NamedSpan[];
  /** Every `$name` that reads a variable: the name only, not the `[0]` or `.Member` after it. */
  variables: NamedSpan[];
  /** Every `-OutVariable` and assignment that sets one. */
  setters: VariableSetter[];
}

const GUID = /^[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[})]?$/i;

export function scriptNames(doc: NavigationDocument): ScriptNames | undefined {
  if (!doc.script) return undefined;
  return (doc.memo.scriptNames ??= walkNames(doc.script));
}

function walkNames(script: A.Script): ScriptNames {
  const guids: NamedSpan[] = [];
  const variables: NamedSpan[] = [];
  walkScript(script, {
    value(v) {
      const id = guidOf(v);
      if (id) guids.push({ name: id, start: v.start, end: v.end });
      if (v.kind === 'variable') variables.push({ name: v.name.toLowerCase(), start: v.start, end: v.postfix[0]?.start ?? v.end, value: v });
    },
  });
  return { guids, variables, setters: variableSetters(script) };
}

/** A GUID written as a plain string or bareword: `'633c…'`, `633c…`, `{633c…}`; lower-case, without braces. */
function guidOf(v: A.Value): string | undefined {
  const text = v.kind === 'string' && !v.expandable ? v.value : v.kind === 'bareword' ? v.text : undefined;
  return text && GUID.test(text.trim()) ? text.trim().replace(/[{}()]/g, '').toLowerCase() : undefined;
}

/** The GUID written under the cursor, if any. */
export function guidAt(doc: NavigationDocument, offset: number): NamedSpan | undefined {
  return scriptNames(doc)?.guids.find((g) => g.start <= offset && offset <= g.end);
}
