import type { RuleSet } from '../../../model/rule-set';
import { isStandardRule, type JoinCondition, type SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { ANCHOR_JOIN_ATTRIBUTES, attributeKey, isAttribute } from './attributes';
import { claimedOriginals, cloneClaim, containedName, standardRules } from './clones';
import { compareJoins, firstDifference, hasJoinConditions } from './join-criteria';

/** The rule DOC-BEST names as the one that practically needs cloning, for join changes. */
const USER_JOIN = 'In from AD - User Join';

/**
 * The anchor joins the out-of-box rules use (CD 1.1.130 and EX-STD exports): a clone that keeps them has
 * not changed anything, even when the original is not in the same file to compare with.
 */
const STANDARD_ANCHOR_JOINS = new Set(
  [
    ['mS-DS-ConsistencyGuid', 'sourceAnchorBinary'],
    ['objectGUID', 'sourceAnchorBinary'],
    ['objectGUID', 'deviceId'],
  ].map(([cs, mv]) => `${attributeKey(cs)}|${attributeKey(mv)}`),
);

/**
 * AADC009 anchor-join-changed: which metaverse object a connector object joins decides its identity.
 * Flags a custom rule joining on an anchor attribute (unless it repeats the out-of-box anchor join it was
 * cloned from), and a clone of an out-of-box join rule whose join groups differ from the original's.
 */
export const anchorJoinChanged: RuleCheck = {
  meta: {
    id: 'AADC009',
    name: 'anchor-join-changed',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'A custom rule joins on the anchor (objectGUID, ms-DS-ConsistencyGuid, sourceAnchorBinary), or a clone of an out-of-box join rule changes its join conditions.',
    docs: {
      why:
        'A join links a connector object to an existing metaverse object, and with it to an Entra ID identity. The out-of-box join rules match on the anchor (objectGUID or ms-DS-ConsistencyGuid against sourceAnchorBinary) or on objectSid; Microsoft asks that the default join conditions be kept (DOC-FIX: changed joins make support difficult) and names "In from AD - User Join" as the one rule that may need a clone for join changes (DOC-BEST). A custom rule joining on the anchor attributes, or a clone whose join groups differ from the original\'s, can join objects to other identities than before: users take over each other\'s cloud accounts or get duplicates.',
      fix: 'Keep the join groups of the out-of-box rule in its clone, in the same order. If objects must match differently, join on a separate, unique attribute in a rule of its own and test it on a staging server; do not join custom rules on the anchor attributes.',
      wrong: "New-Object  `\n-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' `\n-ArgumentList 'objectGUID','sourceAnchorBinary',$false `\n-OutVariable condition0",
      right: "New-Object  `\n-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' `\n-ArgumentList 'employeeID','employeeID',$false `\n-OutVariable condition0",
    },
  },
  perConfig: ({ ruleSet }) => ruleSet.rules.filter((r) => !isStandardRule(r) && hasJoinConditions(r.joinGroups)).flatMap((r) => findings(r, ruleSet)),
};

function findings(rule: SyncRule, ruleSet: RuleSet): RuleFinding[] {
  const copied = copiedJoinRule(rule, ruleSet);
  const originals = copied ? originalsWithJoins(rule, copied, ruleSet) : [];
  const out: RuleFinding[] = [];
  for (const group of rule.joinGroups) {
    for (const c of group.conditions) {
      if (!usesAnchor(c) || (copied && keepsOriginalJoin(c, originals))) continue;
      out.push({
        file: rule.file,
        range: anchorSide(c).range ?? c.range,
        message: `This custom rule joins ${c.csAttribute.value} to ${c.mvAttribute.value}, an anchor attribute: the join decides which identity the object becomes, and only the out-of-box join rules should match on the anchor.`,
      });
    }
  }
  // Several candidates (a connector we cannot tell): report only a difference from every one of them.
  const changed = originals.length > 0 && originals.every((o) => compareJoins(rule.joinGroups, o.joinGroups) === 'different');
  if (changed) {
    const original = originals[0];
    const k = firstDifference(rule.joinGroups, original.joinGroups);
    const group = rule.joinGroups[Math.min(k, rule.joinGroups.length - 1)];
    out.push({
      file: rule.file,
      range: group?.conditions[0]?.csAttribute.range ?? group?.range ?? rule.selectionRange,
      message: `This clone of "${original.name.value}" joins differently from it (${differenceText(k, rule.joinGroups.length, original.joinGroups.length)}): objects may join other metaverse identities than the out-of-box rule would pick.`,
      related: originals.map((o) => ({ file: o.file, range: o.selectionRange, message: `the out-of-box rule "${o.name.value}" and its join groups` })),
    });
  }
  return out;
}

function differenceText(k: number, clone: number, original: number): string {
  if (k >= original) return `join group ${k + 1} is not in the original`;
  if (k >= clone) return `the original's join group ${k + 1} is missing`;
  return `join group ${k + 1} is not the original's`;
}

interface CopiedRule {
  name: string;
  id?: string;
}

/** The out-of-box join rule this custom rule copies: by its clone claim, or by a name that contains the original's. */
function copiedJoinRule(rule: SyncRule, ruleSet: RuleSet): CopiedRule | undefined {
  const claim = cloneClaim(rule);
  if (claim) return { name: claim.original, ...(claim.originalId ? { id: claim.originalId } : {}) };
  const name = containedName(rule, joinRuleNames(ruleSet));
  return name ? { name } : undefined;
}

/** The names of the out-of-box join rules a clone may copy; worked out once per rule set. */
function joinRuleNames(ruleSet: RuleSet): Set<string> {
  let names = joinNames.get(ruleSet);
  if (names) return names;
  names = new Set([USER_JOIN]);
  for (const r of standardRules(ruleSet).rules) if (/ join$/i.test(r.name.value?.trim() ?? '')) names.add(r.name.value!.trim());
  joinNames.set(ruleSet, names);
  return names;
}

const joinNames = new WeakMap<RuleSet, Set<string>>();

function originalsWithJoins(rule: SyncRule, copied: CopiedRule, ruleSet: RuleSet): SyncRule[] {
  const direction = rule.direction.value?.toLowerCase();
  return claimedOriginals(rule, copied.name, copied.id, ruleSet).filter((o) => hasJoinConditions(o.joinGroups) && o.direction.value?.toLowerCase() === direction);
}

function usesAnchor(c: JoinCondition): boolean {
  return isAttribute(c.csAttribute.value, ...ANCHOR_JOIN_ATTRIBUTES) || isAttribute(c.mvAttribute.value, ...ANCHOR_JOIN_ATTRIBUTES);
}

function anchorSide(c: JoinCondition) {
  return isAttribute(c.csAttribute.value, ...ANCHOR_JOIN_ATTRIBUTES) ? c.csAttribute : c.mvAttribute;
}

function pairKey(c: JoinCondition): string | undefined {
  return c.csAttribute.value === null || c.mvAttribute.value === null ? undefined : `${attributeKey(c.csAttribute.value)}|${attributeKey(c.mvAttribute.value)}`;
}

/** A copy may keep the anchor join of its original: the one in the configuration, or else a known out-of-box one. */
function keepsOriginalJoin(c: JoinCondition, originals: SyncRule[]): boolean {
  const key = pairKey(c);
  if (key === undefined) return false;
  if (originals.length === 0) return STANDARD_ANCHOR_JOINS.has(key);
  return originals.some((o) => o.joinGroups.some((g) => g.conditions.some((x) => pairKey(x) === key)));
}
