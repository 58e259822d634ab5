import type { FixData } from '../../check';
import { lineIndexOf } from '../../../model/line-index';
import type { Located } from '../../../model/located';
import type { SyncRule } from '../../../model/sync-rule';
import type { ParsedScript } from '../../../syntax/parse-script';
import { cloneIdentifier } from './clone-identifier';
import { freeBelowStandard, usedPrecedences } from '../structure/free-precedence';
import { allCommands, commandIndexAt, isCommand, parameter } from './script-walk';
import type * as A from '../../../syntax/ast';

export interface CloneInput {
  rule: SyncRule;
  /** The whole file the rule is written in. */
  text: string;
  script: ParsedScript;
  /** Every rule of the file: the clone needs a precedence and an Identifier none of them uses. */
  rules: readonly SyncRule[];
}

/**
 * The Rules Editor's own remedy for an edited standard rule (DOC-BEST, BIN-SRE): keep the edit in a
 * copy that is a custom rule, and disable the original. The copy is the rule's commands as written,
 * appended right after them, with an empty tag, a new Identifier, a free precedence below 100 and the
 * editor's clone name and description; the original gets `-Disabled`. Nothing else in the file changes.
 * Undefined when the rule is not written with literal values in the export layout.
 */
export function cloneAndDisable({ rule, text, script, rules }: CloneInput): FixData | undefined {
  const lines = lineIndexOf(text);
  const start = lines.offsetAt(rule.range.start);
  const end = lines.offsetAt(rule.range.end);
  const commands = allCommands(script.script.statements);
  const index = commandIndexAt(commands, start);
  const newRule = isCommand(commands[index], 'New-ADSyncRule') ? commands[index] : undefined;
  const name = rule.name.value;
  if (!newRule || name === null || rule.identifier.value === null) return undefined;
  if (![rule.name, rule.identifier, rule.description, rule.immutableTag].every(literal)) return undefined;
  if (!rule.precedence.range || rule.precedence.value === null || rule.precedence.unresolved) return undefined;

  // The highest free number below 100: the shipped original ran after every custom rule, and so does its clone.
  const taken = takenBy(rules);
  const precedence = freeBelowStandard(taken.precedences);
  if (precedence === undefined) return undefined;
  const identifier = cloneIdentifier(`${rule.identifier.value}|${name}`, taken.identifiers);

  // Replacements inside the copied commands, as offsets of the file.
  const at = (v: Located<unknown>) => ({ from: lines.offsetAt(v.range!.start), to: lines.offsetAt(v.range!.end) });
  const replacements = [
    { ...at(rule.name), text: quoted(`${name} - Cloned`) },
    { ...at(rule.identifier), text: identifier },
    { ...at(rule.description), text: quoted(`Cloned from rule '${name}'`) },
    { ...at(rule.precedence), text: String(precedence) },
    { ...at(rule.immutableTag), text: '' },
  ];
  let echo: A.Command | undefined;
  for (let k = index + 1; k < commands.length && commands[k].end <= end && !echo; k++) if (isCommand(commands[k], 'Get-ADSyncRule')) echo = commands[k];
  const echoed = echo && parameter(echo, 'Identifier')?.value;
  if (echoed?.kind === 'string') replacements.push({ from: echoed.contentStart, to: echoed.contentEnd, text: identifier });
  if (rule.disabled.value) {
    // The clone is the rule that runs: it must not copy the switch.
    const line = rule.disabled.range ? rule.disabled.range.start.line : -1;
    if (line < 0 || !/^\s*-Disabled\s*`?\s*$/i.test(text.slice(lines.lineStart(line), lines.lineEnd(line)))) return undefined;
    replacements.push({ from: lines.lineStart(line), to: lines.lineStart(line + 1), text: '' });
  }
  let clone = text.slice(start, end);
  for (const r of replacements.sort((a, b) => b.from - a.from)) clone = clone.slice(0, r.from - start) + r.text + clone.slice(r.to - start);

  const eol = lines.lineCount > 1 && text.charCodeAt(lines.lineStart(1) - 2) === 13 ? '\r\n' : '\n';
  const edits: FixData['edits'] = [];
  if (!rule.disabled.value) {
    // `-Disabled:$false` is written already; a second -Disabled would not bind.
    if (rule.disabled.range) return undefined;
    const outVariable = parameter(newRule, 'OutVariable');
    if (!outVariable) return undefined;
    const lineStart = lines.lineStart(lines.positionAt(outVariable.start).line);
    const indent = text.slice(lineStart, outVariable.start);
    // In the export layout every parameter has its line: -Disabled gets one, just before -OutVariable.
    const insert = /^[ \t]*$/.test(indent)
      ? { offset: lineStart, text: `${indent}-Disabled  \`${eol}` }
      : { offset: outVariable.start, text: '-Disabled ' };
    edits.push({ range: { start: lines.positionAt(insert.offset), end: lines.positionAt(insert.offset) }, newText: insert.text });
  }
  // Commands of the export are separated by two empty lines.
  edits.push({ range: { start: lines.positionAt(end), end: lines.positionAt(end) }, newText: `${eol}${eol}${eol}${clone}` });
  return { title: `Disable '${name}' and append an editable clone ('${name} - Cloned')`, edits };
}

/** What the rules of a file already use, worked out once per file rather than once per modified rule. */
function takenBy(rules: readonly SyncRule[]): { precedences: Set<number>; identifiers: Set<string> } {
  let taken = takenByRules.get(rules);
  if (!taken) takenByRules.set(rules, (taken = { precedences: usedPrecedences(rules), identifiers: new Set(rules.map((r) => r.identifier.value ?? '')) }));
  return taken;
}

const takenByRules = new WeakMap<readonly SyncRule[], { precedences: Set<number>; identifiers: Set<string> }>();

/** A single-quoted string literal whose characters are in the file. */
function literal(v: Located<string | null>): boolean {
  return v.range !== undefined && v.unresolved === undefined && v.quoting === 'powershell-single';
}

/** In single quotes PowerShell ends the string at any of these quote marks; doubling each keeps it. */
function quoted(value: string): string {
  return value.replace(/['\u2018\u2019\u201a\u201b]/g, (q) => q + q);
}
