import type { CodeLens, Position, Range } from 'vscode-languageserver-types';
import { readPowerShellScript } from '../../formats/powershell-script';
import type { SyncRule } from '../../model/sync-rule';
import { OPEN_COMPARED_RULE_COMMAND, type CompareSideName, type OpenComparedRuleArgs, type RuleView } from '../../protocol/compare';
import { fileKey, textHash } from './file-keys';
import type { Comparison } from './run-comparison';

const SCRIPT = /\.(ps1|ps1\.txt|psm1)$/i;

/** The file as the editor holds it, and its rules as the editor read them. */
export interface CurrentText {
  text: string;
  rules?: SyncRule[];
}

/**
 * A lens above each compared rule of a file: how the other side has it, and a click that opens both.
 * `current` is the file as the editor holds it: when it is no longer what was compared, a script's
 * rules are found again by name so the lenses stay on their rules, and the titles say they are older.
 */
export function comparisonLenses(comparison: Comparison, file: string, current?: CurrentText): CodeLens[] {
  const currentText = current?.text;
  const key = fileKey(file);
  const entries = comparison.rulesByFile.get(key);
  if (!entries) return [];
  const compared = comparison.hashes.get(key);
  const hash = currentText === undefined ? undefined : textHash(currentText);
  const edited = hash !== undefined && compared !== undefined && hash !== compared;
  const locate = edited && SCRIPT.test(file) ? relocator(current!.rules ?? editedRules(comparison, key, file, currentText!, hash!)) : undefined;
  // A Documenter report holds both sides: there "only here" would not say which side.
  const bothSides = entries.some((e) => e.side === 'primary') && entries.some((e) => e.side === 'staging');
  const lenses: CodeLens[] = [];
  const placed = new Set<string>();
  for (const { rule: index, side } of entries) {
    const rule = comparison.view.rules[index];
    const at = locate ? locate(rule) : rule[side]!.range.start;
    if (!at) continue;
    // One report file can hold both sides of a pair at one place: one lens is enough.
    const spot = `${index}:${at.line}`;
    if (placed.has(spot)) continue;
    placed.add(spot);
    const range: Range = { start: at, end: at };
    lenses.push({ range, command: lensCommand(comparison.view.comparison, rule, side, edited, bothSides) });
  }
  return lenses;
}

function lensCommand(comparison: number, rule: RuleView, side: CompareSideName, edited: boolean, bothSides: boolean) {
  const args: OpenComparedRuleArgs = { comparison, rule: rule.index };
  const later = edited ? ' (compared before your edits)' : '';
  const status = otherSideStatus(rule, side, bothSides);
  // Nothing on the other side to open: the title says it all (a lens without a command is plain text).
  if (!status.opens) return { title: status.title + later, command: '', tooltip: status.detail };
  const action = rule.status === 'same' ? '' : ' — compare';
  return { title: status.title + action + later, command: OPEN_COMPARED_RULE_COMMAND, arguments: [args], tooltip: status.detail };
}

/** How the other side has a compared rule: a few words, a sentence, and whether there is a rule there to open. */
export function otherSideStatus(rule: RuleView, side: CompareSideName, bothSides: boolean): { title: string; detail: string; opens: boolean } {
  const other: CompareSideName = side === 'primary' ? 'staging' : 'primary';
  switch (rule.status) {
    case 'same':
      return { title: `${other}: same`, detail: `The ${other} rule is the same once normalised; click to see both.`, opens: true };
    case 'drift':
      return { title: `${other}: drift`, detail: `A standard rule renumbered by the wizard (${fields(rule)}): nothing to do.`, opens: true };
    case 'changed': {
      const note = rule.unsupported ? ', unsupported edit' : rule.actionable ? ', Disabled only' : '';
      const unsupported = rule.unsupported ? ' A standard rule edited in place: only Disabled is a supported change.' : '';
      return { title: `${other}: changed (${rule.changes.length}${note})`, detail: `Differs in ${fields(rule)}.${unsupported}`, opens: true };
    }
    default:
      return { title: `${bothSides ? `only in ${side}` : 'only here'} — not in ${other}`, detail: `The ${other} side has no rule of this name on this connector.`, opens: false };
  }
}

function fields(rule: RuleView): string {
  return rule.changes.map((c) => c.field).join(', ');
}

/** The rules of an edited script, read once per text (lenses are asked for again and again while typing). */
function editedRules(comparison: Comparison, key: string, file: string, text: string, hash: string): SyncRule[] {
  const known = comparison.edited.get(key);
  if (known?.hash === hash) return known.rules;
  const rules = readPowerShellScript(file, text).configs.flatMap((c) => c.rules);
  comparison.edited.set(key, { hash, rules });
  return rules;
}

/** Finds compared rules in the edited text by (name, direction), each text rule used once, in order. */
function relocator(rules: SyncRule[]) {
  const used = new Set<number>();
  const found = new Map<number, Position | undefined>();
  const key = (name: string | null, direction: string | null) => `${(name ?? '').toLowerCase()}\n${(direction ?? '').toLowerCase()}`;
  return (rule: RuleView) => {
    // A file compared with itself lists each rule twice (once per side): it is one rule in the text.
    if (found.has(rule.index)) return found.get(rule.index);
    const wanted = key(rule.name, rule.direction);
    const k = rules.findIndex((r, i) => !used.has(i) && key(r.name.value, r.direction.value) === wanted);
    if (k >= 0) used.add(k);
    found.set(rule.index, k >= 0 ? rules[k].range.start : undefined);
    return found.get(rule.index);
  };
}
