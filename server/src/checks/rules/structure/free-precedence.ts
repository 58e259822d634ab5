import { isScriptFormat } from '../script-formats';
import { lineIndexOf } from '../../../model/line-index';
import type { InputFormat } from '../../../model/rule-set';
import { isStandardRule, type SyncRule } from '../../../model/sync-rule';
import type { FixData } from '../../check';
import { knownPrecedence } from './rule-facts';

/** Custom rules own 0–99; the out-of-box rules start at 100 (DOC-CHANGE, DOC-IMPEXP). */
export const CUSTOM_LIMIT = 100;

/** Every precedence the rules hold, written directly or not (a relatively placed rule still shows one). */
export function usedPrecedences(rules: Iterable<SyncRule>): Set<number> {
  const used = new Set<number>();
  for (const r of rules) {
    const p = knownPrecedence(r);
    if (p !== undefined) used.add(p);
  }
  return used;
}

/** The highest free value of the custom range: the rule keeps its place behind the other custom rules. */
export function freeBelowStandard(used: Set<number>): number | undefined {
  for (let p = CUSTOM_LIMIT - 1; p >= 0; p--) if (!used.has(p)) return p;
  return undefined;
}

/** The free custom-range value nearest to `from`; on a tie the one after it, so the rule keeps its neighbours before it. */
export function freeNear(from: number, used: Set<number>): number | undefined {
  if (from < 0) from = 0;
  if (from >= CUSTOM_LIMIT) return freeBelowStandard(used);
  for (let d = 1; d < CUSTOM_LIMIT; d++) {
    for (const p of [from + d, from - d]) if (p >= 0 && p < CUSTOM_LIMIT && !used.has(p)) return p;
  }
  return undefined;
}

/**
 * Rewrites the rule's precedence to `target`, only in a script and only where the script writes the number
 * itself (`-Precedence 148`; a variable's value is set elsewhere). Standard rules get no fix: their
 * precedence is the wizard's to assign.
 */
export function precedenceFix(rule: SyncRule, target: number, format: InputFormat, textOf: (file: string) => string | undefined): FixData | undefined {
  const range = rule.precedence.range;
  const value = knownPrecedence(rule);
  if (!range || value === undefined || !isScriptFormat(format) || isStandardRule(rule)) return undefined;
  const text = textOf(rule.file);
  if (text === undefined) return undefined;
  const lines = lineIndexOf(text);
  if (text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end)) !== String(value)) return undefined;
  return { title: `Change precedence to ${target}`, edits: [{ range, newText: String(target) }] };
}
