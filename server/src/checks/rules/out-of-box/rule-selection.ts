import type * as A from '../../../syntax/ast';
import { isCommand, parameter } from './script-walk';

/**
 * What a `Get-ADSyncRule | Where …` selection (or a `Remove-ADSyncRule -Identifier`) can be aimed at,
 * as far as the script's own literals say: rule names, Identifiers and tags compared with -eq, name and
 * tag patterns compared with -like, and `IsStandardRule`. Whatever the script computes at run time is
 * not known and selects nothing here.
 */
export interface Selection {
  names: string[];
  namePatterns: string[];
  identifiers: string[];
  tags: string[];
  tagPatterns: string[];
  standardFlag: boolean;
}

export function emptySelection(): Selection {
  return { names: [], namePatterns: [], identifiers: [], tags: [], tagPatterns: [], standardFlag: false };
}

/** Variables the script set to a string, or to a selection of rules, at the current point. */
export type Variables = Map<string, string | Selection>;

const WHERE = new Set(['where', 'where-object', '?']);
const EQUAL = /^-?[ic]?eq$/i;
const LIKE = /^-?[ic]?like$/i;

export function valueText(v: A.Value | undefined, vars: Variables): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'string') return v.expandable ? undefined : v.value;
  if (v.kind === 'bareword') return v.text;
  if (v.kind === 'variable' && v.postfix.length === 0) {
    if (/^true$/i.test(v.name)) return 'True';
    const content = vars.get(v.name.toLowerCase());
    return typeof content === 'string' ? content : undefined;
  }
  if (v.kind === 'group' && v.syntax === 'paren' && v.statements.length === 1) {
    const only = v.statements[0];
    if (only.kind === 'pipeline' && only.elements.length === 1 && only.elements[0].kind === 'expression' && only.elements[0].parts.length === 1) {
      const part = only.elements[0].parts[0];
      return part.kind === 'operator' ? undefined : valueText(part, vars);
    }
  }
  return undefined;
}

/** The selection a pipeline's first elements make, or undefined when they do not read rules. */
export function selectionOf(elements: A.PipelineElement[], vars: Variables): Selection | undefined {
  const first = elements[0];
  let selection: Selection | undefined;
  if (isCommand(first, 'Get-ADSyncRule')) {
    selection = emptySelection();
    const id = valueText(parameter(first, 'Identifier')?.value ?? positional(first), vars);
    if (id !== undefined) selection.identifiers.push(id);
  } else if (first?.kind === 'expression' && first.parts.length === 1 && first.parts[0].kind === 'variable') {
    const content = vars.get(first.parts[0].name.toLowerCase());
    if (content && typeof content !== 'string') selection = clone(content);
  }
  if (!selection) return undefined;
  for (const e of elements.slice(1)) {
    if (e.kind === 'command' && WHERE.has(e.name.toLowerCase())) whereFilter(e, vars, selection);
  }
  return selection;
}

/** A selection passed as a value: `$rule`, `(Get-ADSyncRule | Where …)`. */
export function selectionOfValue(v: A.Value | undefined, vars: Variables): Selection | undefined {
  if (!v) return undefined;
  if (v.kind === 'variable' && v.postfix.length === 0) {
    const content = vars.get(v.name.toLowerCase());
    return content && typeof content !== 'string' ? clone(content) : undefined;
  }
  if (v.kind === 'group' && (v.syntax === 'paren' || v.syntax === 'subexpression') && v.statements.length === 1 && v.statements[0].kind === 'pipeline') {
    return selectionOf(v.statements[0].elements, vars);
  }
  return undefined;
}

function positional(c: A.Command): A.Value | undefined {
  const p = c.args.find((a): a is A.PositionalArgument => a.kind === 'positional');
  return p?.value;
}

/** `Where { $_.Name -eq 'X' … }` and the simplified `Where-Object Name -eq 'X'`. */
function whereFilter(c: A.Command, vars: Variables, into: Selection) {
  const block = (parameter(c, 'FilterScript')?.value ?? positional(c)) as A.Value | undefined;
  if (block?.kind === 'group' && block.syntax === 'scriptblock') {
    comparisons(block.statements, vars, into);
    return;
  }
  const property = valueText(parameter(c, 'Property')?.value ?? (block?.kind === 'bareword' ? block : undefined), vars);
  if (property === undefined) return;
  for (const a of c.args) {
    if (a.kind !== 'parameter' || !(EQUAL.test(a.name) || LIKE.test(a.name))) continue;
    const value = valueText(a.value ?? parameter(c, 'Value')?.value, vars);
    if (value !== undefined) record(property, LIKE.test(a.name) ? 'like' : 'eq', value, into);
  }
}

/** Every `$_.Property -op value` (either way round) inside the filter's statements, parentheses included. */
function comparisons(statements: A.Statement[], vars: Variables, into: Selection) {
  for (const s of statements) {
    if (s.kind !== 'pipeline') continue;
    for (const e of s.elements) {
      if (e.kind !== 'expression') continue;
      const parts = e.parts;
      parts.forEach((part, k) => {
        if (part.kind === 'group') comparisons(part.statements, vars, into);
        if (part.kind !== 'operator') return;
        const op = EQUAL.test(part.image) ? 'eq' : LIKE.test(part.image) ? 'like' : undefined;
        const left = parts[k - 1];
        const right = parts[k + 1];
        if (!op || !left || !right || left.kind === 'operator' || right.kind === 'operator') return;
        const property = itemProperty(left) ?? itemProperty(right);
        const value = itemProperty(left) ? valueText(right, vars) : valueText(left, vars);
        if (property !== undefined && value !== undefined) record(property, op, value, into);
      });
    }
  }
}

/** `$_.Name` or `$PSItem.Name`: the property of the rule being filtered. */
function itemProperty(v: A.Value): string | undefined {
  if (v.kind !== 'variable' || !/^(_|psitem)$/i.test(v.name) || v.postfix.length !== 1 || v.postfix[0].kind !== 'member') return undefined;
  return v.postfix[0].name;
}

function record(property: string, op: 'eq' | 'like', value: string, into: Selection) {
  switch (property.toLowerCase()) {
    case 'name':
      (op === 'eq' ? into.names : into.namePatterns).push(value);
      break;
    case 'identifier':
      if (op === 'eq') into.identifiers.push(value);
      break;
    case 'immutabletag':
      (op === 'eq' ? into.tags : into.tagPatterns).push(value);
      break;
    case 'isstandardrule':
      if (op === 'eq' && /^true$/i.test(value)) into.standardFlag = true;
      break;
  }
}

function clone(s: Selection): Selection {
  return { names: [...s.names], namePatterns: [...s.namePatterns], identifiers: [...s.identifiers], tags: [...s.tags], tagPatterns: [...s.tagPatterns], standardFlag: s.standardFlag };
}

/** PowerShell's -like: `*`, `?` and `[…]`, case-insensitive. */
export function wildcardMatches(pattern: string, text: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else (re += `[${pattern.slice(i + 1, close).replace(/\\/g, '\\\\')}]`), (i = close);
    } else if (ch === '`' && i + 1 < pattern.length) re += escape(pattern[++i]);
    else re += escape(ch);
  }
  return new RegExp(`^${re}$`, 'is').test(text);
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
