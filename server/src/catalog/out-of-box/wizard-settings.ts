import type { RuleSet } from '../../model/rule-set';
import type { AttributeFlow, JoinGroup, SyncRule } from '../../model/sync-rule';
import type { ConnectorKind, WizardSetting, WizardSettings } from './types';

/**
 * The installation wizard writes some of its choices into the standard rules it creates: the
 * sourceAnchor attribute (the anchor flows and the user join), the attribute that becomes the
 * userPrincipalName, and how users are matched across forests (the user join groups). The same tag and
 * version therefore reads differently on servers that chose differently; those parts are marked.
 */
const PARAMETERS: Record<WizardSetting, string> = {
  anchorAttribute: 'Microsoft.SynchronizationOption.AnchorAttribute',
  upnAttribute: 'Microsoft.SynchronizationOption.UPNAttribute',
  joinCriteria: 'Microsoft.SynchronizationOption.JoinCriteria',
};

/** The choices a server export records in MV.xml; scripts and reports do not say. */
export function settingsOf(ruleSet: RuleSet): WizardSettings {
  const parameters = ruleSet.globalSettings?.parameters ?? {};
  const out: WizardSettings = {};
  for (const [setting, parameter] of Object.entries(PARAMETERS) as [WizardSetting, string][]) {
    const value = parameters[parameter]?.trim();
    if (value) out[setting] = value;
  }
  return out;
}

const ANCHOR_DESTINATIONS = new Set(['sourceanchor', 'sourceanchorbinary']);

function fromAD(rule: SyncRule, kind: ConnectorKind): boolean {
  return kind === 'AD' && /^inbound$/i.test(rule.direction.value ?? '');
}

export function flowDependsOn(rule: SyncRule, kind: ConnectorKind, flow: AttributeFlow): WizardSetting[] | undefined {
  if (!fromAD(rule, kind)) return undefined;
  const destination = (flow.destination.value ?? '').toLowerCase();
  if (ANCHOR_DESTINATIONS.has(destination)) return ['anchorAttribute'];
  if (destination === 'userprincipalname') return ['upnAttribute'];
  return undefined;
}

/** The person join of an AD forest follows the join criteria, and the anchor when it joins on it. */
export function joinGroupDependsOn(rule: SyncRule, kind: ConnectorKind, group: JoinGroup): WizardSetting[] | undefined {
  if (!fromAD(rule, kind)) return undefined;
  const out: WizardSetting[] = [];
  if (/^person$/i.test(rule.targetObjectType.value ?? '') && /^provision$/i.test(rule.linkType.value ?? '')) out.push('joinCriteria');
  if (group.conditions.some((c) => ANCHOR_DESTINATIONS.has((c.mvAttribute.value ?? '').toLowerCase()))) out.push('anchorAttribute');
  return out.length ? out : undefined;
}

export type SettingAgreement = 'same' | 'different' | 'unknown';

/** Whether two servers made the same choices for the settings a part depends on. */
export function agreement(dependsOn: readonly WizardSetting[] | undefined, catalogue: WizardSettings, reading: WizardSettings): SettingAgreement {
  let result: SettingAgreement = 'same';
  for (const s of dependsOn ?? []) {
    const a = catalogue[s];
    const b = reading[s];
    if (a === undefined || b === undefined) result = 'unknown';
    else if (a.toLowerCase() !== b.toLowerCase()) return 'different';
  }
  return result;
}
