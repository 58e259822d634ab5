import { isStandardRule, type AttributeFlow, type SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { direction, mergeKind, ruleLabel, type MergeKind } from './rule-facts';
import { linkOthers, nameOthers } from '../other-rules';


interface Contribution {
  rule: SyncRule;
  flow: AttributeFlow;
  kind: MergeKind;
}

/**
 * AADC016 merge-type-conflict: every rule contributing to one attribute must use the same kind of
 * merge; the engine refuses Update from one rule and Merge from another (DOC-DECL). Inbound rules meet
 * on the metaverse object (any connector); outbound rules on one connector's object type. Out-of-box
 * flows are never reported themselves: only the custom side of a conflict can be changed.
 */
export const mergeTypeConflict: RuleCheck = {
  meta: {
    id: 'AADC016',
    name: 'merge-type-conflict',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'Enabled rules flow the same attribute with Update/Replace in one and Merge/MergeCaseInsensitive in another; the engine rejects the mix.',
    docs: {
      why:
        'When several rules contribute to one attribute, Update takes the value of the winning rule while Merge and MergeCaseInsensitive combine the values of all of them. ' +
        '"Understanding Declarative Provisioning" (DOC-DECL) says all rules contributing to the same attribute must use the same merge type: Update from one connector and Merge from another gives an error at synchronization. ' +
        'Rules of the same direction meet on the same object: inbound rules on the metaverse object type, outbound rules on one connector\'s object type.',
      fix: 'Use the merge type the other contributing rules use (for out-of-box attributes, the one the out-of-box rule uses), or flow into another attribute.',
      wrong: "# out-of-box: -Destination 'proxyAddresses' -ValueMergeType 'MergeCaseInsensitive'\n-Destination 'proxyAddresses' `\n-ValueMergeType 'Update' `",
      right: "-Destination 'proxyAddresses' `\n-ValueMergeType 'MergeCaseInsensitive' `",
    },
  },
  perConfig: ({ ruleSet }) => {
    // Place, then destination: contributions to one attribute of one object type.
    const places = new Map<string, Map<string, Contribution[]>>();
    const groups: Contribution[][] = [];
    for (const rule of ruleSet.rules) {
      const key = placeOf(rule);
      if (rule.disabled.value || key === undefined) continue;
      let place = places.get(key);
      if (!place) places.set(key, (place = new Map()));
      for (const { flow, destination, kind } of contributionsOf(rule.flows)) {
        let group = place.get(destination);
        if (!group) place.set(destination, (group = [])), groups.push(group);
        group.push({ rule, flow, kind });
      }
    }
    const out: RuleFinding[] = [];
    for (const group of groups) {
      // Worked out once per kind: a group can hold thousands of contributions of one kind.
      const otherKinds = new Map<string, Contribution[]>();
      const othersOf = (kind: string) => {
        let others = otherKinds.get(kind);
        if (!others) otherKinds.set(kind, (others = group.filter((o) => o.kind !== kind)));
        return others;
      };
      for (const c of group) {
        if (isStandardRule(c.rule)) continue;
        const others = othersOf(c.kind);
        if (others.length === 0) continue;
        const merge = c.flow.valueMergeType.value ?? 'Update (the default)';
        out.push({
          file: c.rule.file,
          range: c.flow.valueMergeType.range ?? c.flow.destination.range ?? c.flow.range,
          message: `${c.flow.destination.value} is flowed with ${merge} here but with ${nameOthers(others, (o) => `${o.flow.valueMergeType.value ?? 'Update'} by ${ruleLabel(o.rule)}`)}; all contributions to one attribute must merge the same way.`,
          related: linkOthers(others, (o) => ({
            file: o.rule.file,
            range: o.flow.valueMergeType.range ?? o.flow.range,
            message: `${ruleLabel(o.rule)} flows ${o.flow.destination.value} with ${o.flow.valueMergeType.value ?? 'Update'}`,
          })),
        });
      }
    }
    return out;
  },
};

/**
 * What each flow of a rule contributes (destination, merge kind). The check runs again whenever a flow
 * changes anywhere in the file: the flows of unchanged rules are the same arrays and are read once.
 */
function contributionsOf(flows: readonly AttributeFlow[]): { flow: AttributeFlow; destination: string; kind: MergeKind }[] {
  let found = contributions.get(flows);
  if (!found) {
    found = [];
    for (const flow of flows) {
      const destination = flow.destination.value?.trim().toLowerCase();
      const kind = mergeKind(flow);
      if (destination && kind) found.push({ flow, destination, kind });
    }
    contributions.set(flows, found);
  }
  return found;
}

const contributions = new WeakMap<readonly AttributeFlow[], { flow: AttributeFlow; destination: string; kind: MergeKind }[]>();

/** Where a rule's flows land: the metaverse object type (inbound) or one connector's object type (outbound). */
function placeOf(rule: SyncRule): string | undefined {
  const dir = direction(rule);
  const target = rule.targetObjectType.value?.trim().toLowerCase();
  if (!dir || !target) return undefined;
  if (dir === 'inbound') return `in|${target}`;
  const connector = rule.connector.id.value ?? rule.connector.name.value?.toLowerCase() ?? rule.connector.id.unresolved;
  return connector ? `out|${connector}|${target}` : undefined;
}
