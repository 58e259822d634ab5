import { diffRuleSets } from '../../diff/diff-rule-sets';
import { connectorsOf, label } from '../../diff/connectors';
import type { DiffResult } from '../../diff/types';
import type { RuleSet } from '../../model/rule-set';
import { SWITCH_OVER_SETTINGS } from './server-health';

export interface SettingComparison {
  name: string;
  label: string;
  primary: string | null;
  staging: string | null;
  verdict: 'same' | 'differs' | 'unknown';
}

/** What stands between the staging server and taking over: blockers stop a switch-over, warnings ask for a look. */
export interface SwitchOver {
  settings: SettingComparison[];
  connectorsOnlyInPrimary: string[];
  connectorsOnlyInStaging: string[];
  rules: DiffResult['summary'];
  /** Rules that differ in a way that matters (changed or on one side only), by name. */
  differingRules: { name: string; status: string; connector: string }[];
  problems: string[];
  blockers: string[];
  warnings: string[];
}

/** Settings whose difference changes who an object is or what flows: a staging server that differs here must not take over. */
const BLOCKING = new Set([
  'Microsoft.SynchronizationOption.AnchorAttribute',
  'Microsoft.SynchronizationOption.UPNAttribute',
  'Microsoft.OptionalFeature.PasswordHashSync',
  'Microsoft.OptionalFeature.PasswordWriteback',
  'Microsoft.OptionalFeature.HybridExchange',
]);
/** Staging mode is meant to differ between the two. */
const EXPECTED_TO_DIFFER = new Set(['Microsoft.Synchronize.StagingMode']);

export function switchOver(primary: RuleSet, stagingSet: RuleSet, map?: Map<string, string>): SwitchOver {
  const diff = diffRuleSets(primary, stagingSet, map ? { map } : {});
  const settings = Object.entries(SWITCH_OVER_SETTINGS).map(([name, settingLabel]): SettingComparison => {
    const p = primary.globalSettings?.parameters[name] ?? null;
    const s = stagingSet.globalSettings?.parameters[name] ?? null;
    const verdict = !primary.globalSettings || !stagingSet.globalSettings ? 'unknown' : (p ?? '').trim().toLowerCase() === (s ?? '').trim().toLowerCase() ? 'same' : 'differs';
    return { name, label: settingLabel, primary: p, staging: s, verdict };
  });
  // Server exports list their connectors; scripts only show the connectors their rules name.
  const exports = Boolean(primary.globalSettings && stagingSet.globalSettings);
  const names = (set: RuleSet) => (exports ? set.connectors.map((c) => label({ id: c.id, name: c.name })) : connectorsOf(set).map(label));
  const onlyIn = (set: RuleSet, side: 'primary' | 'staging', other: RuleSet) => {
    const known = new Set([...diff.connectors.map((c) => label(c[side])), ...names(other)].map((n) => n.toLowerCase()));
    return names(set).filter((l) => !known.has(l.toLowerCase()));
  };
  const differing = diff.rules.filter((r) => r.status === 'changed' || r.status === 'onlyInPrimary' || r.status === 'onlyInStaging');
  const result: SwitchOver = {
    settings,
    connectorsOnlyInPrimary: onlyIn(primary, 'primary', stagingSet),
    connectorsOnlyInStaging: onlyIn(stagingSet, 'staging', primary),
    rules: diff.summary,
    differingRules: differing.map((r) => ({ name: r.name, status: r.status, connector: r.connector })),
    problems: diff.problems,
    blockers: [],
    warnings: [],
  };
  for (const s of settings) {
    if (s.verdict !== 'differs' || EXPECTED_TO_DIFFER.has(s.name)) continue;
    const text = `${s.label} differs: primary ${s.primary ?? 'not set'}, staging ${s.staging ?? 'not set'}`;
    (BLOCKING.has(s.name) ? result.blockers : result.warnings).push(text);
  }
  const staging = settings.find((s) => s.name === 'Microsoft.Synchronize.StagingMode');
  if (staging?.verdict === 'same' && /^false$/i.test(staging.primary ?? '')) result.warnings.push('neither server is in staging mode: both would export, and a switch-over expects the second one to be staging');
  if (settings.every((s) => s.verdict === 'unknown')) result.warnings.push('the inputs hold no server settings (MV.xml): sourceAnchor, UPN, version and optional features could not be compared');
  // Without server exports a connector "missing" on one side may only have no rules there.
  const connectorFinding = exports ? result.blockers : result.warnings;
  const what = exports ? 'connectors' : 'connectors with rules';
  if (result.connectorsOnlyInPrimary.length) connectorFinding.push(`${what} only on the primary: ${result.connectorsOnlyInPrimary.join(', ')}`);
  if (result.connectorsOnlyInStaging.length) connectorFinding.push(`${what} only on the staging server: ${result.connectorsOnlyInStaging.join(', ')}`);
  if (differing.length) result.blockers.push(`${differing.length} rule${differing.length === 1 ? '' : 's'} differ (${diff.summary.changed} changed, ${diff.summary.onlyInPrimary} only in primary, ${diff.summary.onlyInStaging} only in staging)`);
  for (const p of diff.problems) result.blockers.push(p);
  return result;
}
