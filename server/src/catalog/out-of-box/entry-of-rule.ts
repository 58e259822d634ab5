import type { RuleSet } from '../../model/rule-set';
import type { SyncRule } from '../../model/sync-rule';
import { connectorKind } from './connector-kind';
import { canonicalFlowType, canonicalMergeType, descriptionPrint, flowPrint, joinGroupPrint, scopeGroupPrint } from './fingerprint';
import { splitTag } from './tag';
import type { FlowPrint, JoinGroupPrint, VersionEntry, WizardSettings } from './types';
import { flowDependsOn, joinGroupDependsOn } from './wizard-settings';

/**
 * The catalogue entry a standard rule read from an export would make. The generator builds the
 * catalogue with it, so a rule and its entry are printed by the same code.
 */
export function versionEntryOf(rule: SyncRule, ruleSet: RuleSet, settings: WizardSettings, sourceId: string): VersionEntry {
  const tag = rule.immutableTag.value ?? '';
  const split = splitTag(tag);
  const kind = connectorKind(rule, ruleSet);
  if (!split || split.version === null) throw new Error(`${rule.file}: '${tag}' has no version`);
  if (!kind) throw new Error(`${rule.file}: the connector of '${rule.name.value}' is neither AD nor Entra`);

  const flows = rule.flows.map((flow): FlowPrint => {
    const print: FlowPrint = {
      destination: flow.destination.value ?? '',
      flowType: canonicalFlowType(flow),
      mergeType: canonicalMergeType(flow),
      fingerprint: flowPrint(flow),
    };
    if (flow.executeOnce.value) print.executeOnce = true;
    const dependsOn = flowDependsOn(rule, kind, flow);
    if (dependsOn) print.dependsOn = dependsOn;
    return print;
  });
  const joinGroups = rule.joinGroups.map((group): JoinGroupPrint => {
    const print = joinGroupPrint(group);
    const dependsOn = joinGroupDependsOn(rule, kind, group);
    return dependsOn ? { ...print, dependsOn } : print;
  });

  const entry: VersionEntry = {
    tag,
    version: split.version,
    name: rule.name.value ?? '',
    direction: rule.direction.value ?? '',
    linkType: rule.linkType.value ?? '',
    connector: kind,
    sourceObjectType: rule.sourceObjectType.value ?? '',
    targetObjectType: rule.targetObjectType.value ?? '',
    softDeleteExpiryInterval: rule.softDeleteExpiryInterval.value ?? '00:00:00',
    seenIn: [sourceId],
    identifiers: rule.identifier.value ? [rule.identifier.value] : [],
    settings,
    flows: flows.sort((a, b) => compare(a.destination, b.destination)),
    scopeGroups: rule.scopeGroups.map(scopeGroupPrint).sort((a, b) => compare(a.fingerprint, b.fingerprint)),
    joinGroups,
  };
  if (rule.enablePasswordSync.value) entry.enablePasswordSync = true;
  const description = descriptionPrint(rule.description.value);
  if (description) entry.description = description;
  return entry;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
