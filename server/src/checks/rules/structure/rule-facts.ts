import { basename, dirname } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import type { Located } from '../../../model/located';
import type { SyncRule } from '../../../model/sync-rule';
import { UNSET_GUID } from '../../../model/well-known';

/**
 * Readings of rule properties the structure checks share. A value the file names indirectly (a variable the
 * reader could not resolve) is never guessed at: these return `undefined` for it and the checks stay quiet.
 */

/** The precedence as written, when the file says it. */
export function knownPrecedence(rule: SyncRule): number | undefined {
  return rule.precedence.value ?? undefined;
}

/**
 * How the engine will place the rule: by its own number (`absolute`), relative to another rule's Identifier
 * (`relative`: a non-zero PrecedenceBefore/After makes the engine insert it and renumber), or `unknown` when a
 * placement GUID is not resolvable from the file. Formats without the fields (a Documenter report) are absolute.
 */
export function placement(rule: SyncRule): 'absolute' | 'relative' | 'unknown' {
  const sides = [rule.precedenceBefore, rule.precedenceAfter];
  if (sides.some((g) => g.value !== null && g.value !== UNSET_GUID)) return 'relative';
  if (sides.some((g) => g.value === null && g.unresolved !== undefined)) return 'unknown';
  return 'absolute';
}

/** The precedence a check may compare: known and not overridden by relative placement. */
export function comparablePrecedence(rule: SyncRule): number | undefined {
  return placement(rule) === 'absolute' ? knownPrecedence(rule) : undefined;
}

/** Enum values bind case-insensitively in PowerShell (`'provision'` is Provision). */
export function isOneOf(value: Located<string | null>, ...names: string[]): boolean | undefined {
  if (value.value === null) return undefined;
  const v = value.value.trim().toLowerCase();
  return names.some((n) => n.toLowerCase() === v);
}

/** Where to put a finding about a value: the value itself, or the rule's name when the value has no place. */
export function rangeOf(value: Located<unknown>, rule: SyncRule): Range {
  return value.range ?? rule.selectionRange;
}

/** `'Name' (line 12)`, or with the file's name when the rule lives in another file than `from`. */
export function describeRule(rule: SyncRule, from?: string): string {
  const name = rule.name.value !== null ? `'${rule.name.value}'` : rule.name.unresolved ?? 'an unnamed rule';
  const line = `line ${rule.selectionRange.start.line + 1}`;
  return from !== undefined && from !== rule.file ? `${name} (${fileName(rule.file, from)}, ${line})` : `${name} (${line})`;
}

/** The other file's name, with its folder when both files have the same name (primary/… and staging/…). */
function fileName(file: string, from: string): string {
  const name = basename(file);
  return name === basename(from) ? `${basename(dirname(file))}/${name}` : name;
}

export function sameText(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}
