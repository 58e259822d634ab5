import { addTo } from '../../../model/multimap';
import type { Range } from 'vscode-languageserver-types';
import type { RuleSet } from '../../../model/rule-set';
import { isStandardRule, type SyncRule } from '../../../model/sync-rule';
import { connectorKey } from './connectors';

/** What a rule says about being a copy of another: the original's name, and its Identifier when given. */
export interface CloneClaim {
  original: string;
  originalId?: string;
  /** Where the claim is written: the name or the description. */
  range: Range;
}

/** The Rules Editor names a clone "<original> - Cloned - <timestamp>" (BIN-SRE). */
const CLONE_NAME_SEPARATOR = ' - cloned - ';

/**
 * The Rules Editor's description reads "… Cloned from rule '<original>', Id= '<guid>', At <time>" (BIN-SRE);
 * people who copy a rule by hand write the same sentence with "the out-of-box rule" and double quotes.
 */
const CLONED_FROM =
  /Cloned from (?:the )?(?:(?:out-of-box|out of box|default|standard|built-in|reserved)\s+)?(?:(?:sync|synchronization)\s+)?rule\s+(?:'([^'\r\n]+)'|"([^"\r\n]+)"|“([^”\r\n]+)”|‘([^’\r\n]+)’)(?:\s*,\s*Id\s*=\s*'?\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))?/i;

/** The clone claim by description (it may carry the original's Identifier) or else by the Rules Editor's name. */
export function cloneClaim(rule: SyncRule): CloneClaim | undefined {
  const description = rule.description.value;
  const m = description ? CLONED_FROM.exec(description) : null;
  if (m) {
    const original = (m[1] ?? m[2] ?? m[3] ?? m[4]).trim();
    const claim: CloneClaim = { original, range: rule.description.range ?? rule.selectionRange };
    if (m[5]) claim.originalId = m[5].toLowerCase();
    return claim;
  }
  const name = rule.name.value;
  const at = name ? name.toLowerCase().indexOf(CLONE_NAME_SEPARATOR) : -1;
  if (name && at > 0) return { original: name.slice(0, at).trim(), range: rule.name.range ?? rule.selectionRange };
  return undefined;
}

/**
 * The standard rules of the configuration a claim points at: the one with the claimed Identifier, else those
 * with the claimed name on the clone's connector (a multi-forest server has one "In from AD - User Join" per forest).
 */
export function claimedOriginals(rule: SyncRule, original: string, originalId: string | undefined, ruleSet: RuleSet): SyncRule[] {
  const standard = standardRules(ruleSet);
  if (originalId) {
    const byId = (standard.byId.get(originalId) ?? []).filter((r) => r !== rule);
    if (byId.length) return byId;
  }
  const key = connectorKey(rule, ruleSet);
  return (standard.byName.get(original.toLowerCase()) ?? []).filter((r) => {
    if (r === rule) return false;
    const other = connectorKey(r, ruleSet);
    return key === undefined || other === undefined || key === other;
  });
}

export interface StandardRules {
  rules: readonly SyncRule[];
  byId: Map<string, SyncRule[]>;
  /** By trimmed, lower-case name. */
  byName: Map<string, SyncRule[]>;
}

/** The out-of-box rules of a rule set, indexed once: checks look originals up once per custom rule. */
export function standardRules(ruleSet: RuleSet): StandardRules {
  let out = standardOf.get(ruleSet);
  if (out) return out;
  out = { rules: ruleSet.rules.filter(isStandardRule), byId: new Map(), byName: new Map() };
  for (const r of out.rules) {
    if (r.identifier.value !== null) addTo(out.byId, r.identifier.value, r);
    if (r.name.value !== null) addTo(out.byName, r.name.value.trim().toLowerCase(), r);
  }
  standardOf.set(ruleSet, out);
  return out;
}

const standardOf = new WeakMap<RuleSet, StandardRules>();

/** The longest of the names that the rule's name contains ("Custom In from AD - User Join Filter" → "In from AD - User Join"). */
export function containedName(rule: SyncRule, names: Iterable<string>): string | undefined {
  const name = rule.name.value?.toLowerCase();
  if (!name) return undefined;
  let best: string | undefined;
  for (const n of names) {
    if (name.includes(n.toLowerCase()) && (!best || n.length > best.length)) best = n;
  }
  return best;
}
