import type { GlobalSettings, RuleSet } from '../model/rule-set';
import { isStandardRule, type SyncRule } from '../model/sync-rule';
import { compareRules } from './compare-rules';
import { connectorsOf, label, pairConnectors, type SideConnector } from './connectors';
import type { DiffResult, DiffStatus, RuleDiff, SettingDiff } from './types';

export interface DiffOptions {
  /** Primary connector GUID → staging connector GUID, for AD connectors the rules cannot pair. */
  map?: Map<string, string>;
}

/**
 * Compares two servers' rules: pairs connectors, then rules by (connector, name) and standard rules
 * also by tag without version, and classifies every pair.
 */
export function diffRuleSets(primary: RuleSet, staging: RuleSet, options: DiffOptions = {}): DiffResult {
  const pc = connectorsOf(primary);
  const sc = connectorsOf(staging);
  const { pairs, list, problems } = pairConnectors(pc, sc, options.map ?? new Map());
  const rules: RuleDiff[] = [];
  const matchedStaging = new Set<SyncRule>();
  const stagingConnectorOf = new Map<SyncRule, SideConnector>();
  for (const c of sc) for (const r of c.rules) stagingConnectorOf.set(r, c);

  for (const p of pc) {
    const s = pairs.get(p);
    const candidates = s ? s.rules : [];
    for (const rule of p.rules) {
      const match = findMatch(rule, candidates.filter((r) => !matchedStaging.has(r)));
      if (match) matchedStaging.add(match);
      rules.push(classify(rule, match, label(s ? { id: p.id, name: p.name ?? s.name } : p)));
    }
  }
  for (const c of sc) for (const r of c.rules) if (!matchedStaging.has(r)) rules.push(classify(undefined, r, label(c)));

  const summary: Record<DiffStatus, number> = { same: 0, changed: 0, drift: 0, onlyInPrimary: 0, onlyInStaging: 0 };
  for (const r of rules) summary[r.status]++;
  const settings = diffSettings(primary.globalSettings, staging.globalSettings);
  return { summary, rules: rules.sort(byInterest), settings, connectors: list, problems };
}

function findMatch(rule: SyncRule, candidates: SyncRule[]): SyncRule | undefined {
  const name = (rule.name.value ?? '').toLowerCase();
  const direction = (rule.direction.value ?? '').toLowerCase();
  const sameDirection = candidates.filter((c) => (c.direction.value ?? '').toLowerCase() === direction);
  const byName = sameDirection.find((c) => (c.name.value ?? '').toLowerCase() === name);
  if (byName) return byName;
  // A standard rule renamed between versions is still the same rule: its tag without the version says so.
  if (isStandardRule(rule)) {
    const tag = versionless(rule.immutableTag.value);
    return sameDirection.find((c) => isStandardRule(c) && versionless(c.immutableTag.value) === tag);
  }
  return undefined;
}

export function versionless(tag: string | null): string {
  return (tag ?? '').replace(/\.\d+$/, '.').toLowerCase();
}

function classify(p: SyncRule | undefined, s: SyncRule | undefined, connector: string): RuleDiff {
  const rule = (p ?? s)!;
  const standard = isStandardRule(rule) || (s !== undefined && isStandardRule(s));
  const base = { name: rule.name.value ?? rule.name.unresolved ?? '(unnamed)', connector, direction: rule.direction.value, standard };
  if (!s) return { ...base, status: 'onlyInPrimary', changes: [], primary: p };
  if (!p) return { ...base, status: 'onlyInStaging', changes: [], staging: s };
  const changes = compareRules(p, s);
  if (changes.length === 0) return { ...base, status: 'same', changes, primary: p, staging: s };
  const isDrift = (c: { field: string; primary: unknown; staging: unknown }) =>
    c.field === 'precedence' || (c.field === 'immutableTag' && versionless(String(c.primary)) === versionless(String(c.staging)));
  if (standard && changes.every(isDrift)) return { ...base, status: 'drift', changes, primary: p, staging: s };
  const result: RuleDiff = { ...base, status: 'changed', changes, primary: p, staging: s };
  if (standard) {
    const content = changes.filter((c) => !isDrift(c) && c.field !== 'disabled');
    if (content.length === 0) result.actionable = true;
    else result.unsupported = true;
  }
  return result;
}

const ORDER: Record<DiffStatus, number> = { changed: 0, onlyInPrimary: 1, onlyInStaging: 2, drift: 3, same: 4 };

function byInterest(a: RuleDiff, b: RuleDiff): number {
  return ORDER[a.status] - ORDER[b.status] || a.connector.localeCompare(b.connector) || a.name.localeCompare(b.name);
}

const CRITICAL = new Set(['Microsoft.SynchronizationOption.AnchorAttribute', 'Microsoft.SynchronizationOption.UPNAttribute']);
const COMPARED = [
  'Microsoft.SynchronizationOption.AnchorAttribute',
  'Microsoft.SynchronizationOption.UPNAttribute',
  'Microsoft.SynchronizationOption.JoinCriteria',
  'Microsoft.Synchronize.ServerConfigurationVersion',
  'Microsoft.DirectoryExtension.SourceTargetAttributesMap',
];

/** Settings that explain rule differences; a sourceAnchor mismatch comes first. */
function diffSettings(p: GlobalSettings | undefined, s: GlobalSettings | undefined): SettingDiff[] {
  if (!p || !s) return [];
  const names = [...COMPARED, ...new Set([...Object.keys(p.parameters), ...Object.keys(s.parameters)].filter((n) => n.startsWith('Microsoft.OptionalFeature.')).sort())];
  const out: SettingDiff[] = [];
  for (const name of names) {
    const a = p.parameters[name] ?? null;
    const b = s.parameters[name] ?? null;
    if ((a ?? '') !== (b ?? '')) out.push({ name, primary: a, staging: b, critical: CRITICAL.has(name) });
  }
  return out.sort((x, y) => Number(y.critical) - Number(x.critical));
}
