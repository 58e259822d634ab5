import type { RuleSet } from '../../../model/rule-set';
import { isStandardRule, type SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { connectorKey } from './connectors';
import { hasJoinConditions, joinKey } from './join-criteria';
import { scopesClearlyOverlap } from './scope-overlap';
import { linkOthers, nameOthers } from '../other-rules';
import { addTo } from '../../../model/multimap';

/**
 * AADC010 multiple-join-rules-in-scope: the engine lets only one join criterion decide an object; two
 * enabled rules for the same connector, direction and object types that join differently and can both be
 * in scope stop the object with an error. Rules that join alike are not reported: the out-of-box set
 * itself has several (every "Out to AAD - Group …" rule joins sourceAnchor to sourceAnchor), and the
 * engine's error is about rules in scope that "have different join criteria".
 */
export const multipleJoinRulesInScope: RuleCheck = {
  meta: {
    id: 'AADC010',
    name: 'multiple-join-rules-in-scope',
    severity: 'warning',
    category: 'fast',
    fixable: false,
    summary: 'Two enabled rules join the same kind of object on the same connector with different join conditions, and their scopes overlap.',
    docs: {
      why:
        'Precedence settles attribute flows, not joins: an object should have only one rule with join conditions in scope, and several rules with join conditions for one object end in an error (DOC-DECL; DOC-DEFAULT describes the out-of-box rules laid out so that this does not happen). The sync engine stops such an object with "The Inbound sync rules in scope have different join criteria", so it neither joins nor flows until the rules are fixed. Rules with identical join conditions do not conflict, which is why the out-of-box set can have several. The check reports a pair only when the overlap is clear: a rule without a scoping filter, or filters with no condition that rules out the other.',
      fix: 'Give the join conditions to one rule only and leave the join groups of the other empty (it then flows for objects the first one joined, DOC-FIX), or make the scoping filters exclusive, for example with the same attribute EQUAL to different values.',
      wrong: "# rule A: user → person on connector X, no scoping filter\n-ArgumentList 'employeeID','employeeID',$false\n# rule B: user → person on connector X, no scoping filter\n-ArgumentList 'mail','mail',$false",
      right: "# rule A: user → person on connector X, no scoping filter\n-ArgumentList 'employeeID','employeeID',$false\n# rule B: no Add-ADSyncJoinConditionGroup; it flows for the objects rule A joins",
    },
  },
  perConfig: ({ ruleSet }) => {
    const conflicts = new Map<SyncRule, SyncRule[]>();
    for (const bucket of buckets(ruleSet).values()) {
      // Rules that join alike never conflict, and one whose criteria are not known is never reported:
      // only rules from different groups of equal criteria are paired.
      const byCriteria = new Map<string, SyncRule[]>();
      for (const rule of bucket) {
        const key = joinKey(rule.joinGroups);
        if (key !== undefined) addTo(byCriteria, key, rule);
      }
      const groups = [...byCriteria.values()];
      for (let g = 0; g < groups.length; g++) {
        for (let h = g + 1; h < groups.length; h++) {
          for (const a of groups[g])
            for (const b of groups[h]) {
              if (!scopesClearlyOverlap(a.scopeGroups, b.scopeGroups)) continue;
              addTo(conflicts, a, b);
              addTo(conflicts, b, a);
            }
        }
      }
    }
    const out: RuleFinding[] = [];
    for (const [rule, others] of conflicts) {
      // The custom side is the one to change; an out-of-box rule is reported only against other out-of-box rules.
      if (isStandardRule(rule) && others.some((o) => !isStandardRule(o))) continue;
      out.push({
        file: rule.file,
        range: rule.selectionRange,
        message: `${describe(rule)} and ${nameOthers(others, describe)} both join ${rule.sourceObjectType.value} → ${rule.targetObjectType.value} objects on this connector, with different join conditions and overlapping scopes: an object in both scopes stops with a join error, since precedence does not decide joins.`,
        related: linkOthers(others, (o) => ({ file: o.file, range: o.selectionRange, message: `${describe(o)} joins the same objects differently` })),
      });
    }
    return out;
  },
};

/** Enabled rules with join conditions, grouped by connector, direction and object types (all known). */
function buckets(ruleSet: RuleSet): Map<string, SyncRule[]> {
  const out = new Map<string, SyncRule[]>();
  for (const rule of ruleSet.rules) {
    if (rule.disabled.value || !hasJoinConditions(rule.joinGroups)) continue;
    const parts = [connectorKey(rule, ruleSet), rule.direction.value, rule.sourceObjectType.value, rule.targetObjectType.value];
    if (parts.some((p) => !p)) continue;
    const key = parts.map((p) => p!.toLowerCase()).join('\u0000');
    addTo(out, key, rule);
  }
  return out;
}

function describe(rule: SyncRule): string {
  return rule.name.value !== null ? `"${rule.name.value}"` : 'a rule without a name';
}
