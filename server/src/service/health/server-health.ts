import type { InputReading, RuleSet } from '../../model/rule-set';
import { isStandardRule, type SyncRule } from '../../model/sync-rule';
import { RULE_CHECKS } from '../../checks';
import { ruleDiagnostics } from '../rule-diagnostics';
import type { TextOf } from '../../expression/flow-expressions';
import { rangeContains } from '../navigation/positions';
import { addTo } from '../../model/multimap';
import { connectorLabel } from '../../model/connector-label';

/** What an engineer checks on one server before touching it: how custom it is, and where it strays. */
export interface ServerHealth {
  label: string;
  rules: number;
  standardRules: number;
  customRules: number;
  customFlows: number;
  byConnector: { connector: string; standard: number; custom: number }[];
  disabledStandard: string[];
  /** Out-of-box rules whose content differs from the shipped rule (AADC001). */
  modifiedStandard: string[];
  /** Rules that name a connector or another rule by a GUID only one server knows (AADC023, AADC033, …). */
  hardCodedGuids: { rule: string; message: string }[];
  /** Precedences held by more than one rule. */
  collisions: { precedence: number; rules: string[] }[];
  /** Custom precedences in use and how many of 0–99 are still free. */
  customPrecedences: { lowest: number | null; highest: number | null; freeBelow100: number };
  /** What MV.xml says, when the input is a server export. */
  settings?: Record<string, string>;
}

/** Settings a switch-over depends on, by their MV.xml names. */
export const SWITCH_OVER_SETTINGS: Record<string, string> = {
  'Microsoft.SynchronizationOption.AnchorAttribute': 'sourceAnchor attribute',
  'Microsoft.SynchronizationOption.UPNAttribute': 'UPN attribute',
  'Microsoft.Synchronize.ServerConfigurationVersion': 'version',
  'Microsoft.OptionalFeature.PasswordHashSync': 'password hash sync',
  'Microsoft.OptionalFeature.PasswordWriteback': 'password writeback',
  'Microsoft.OptionalFeature.HybridExchange': 'Exchange hybrid',
  'Microsoft.OptionalFeature.ExportDeletionThreshold': 'export deletion threshold',
  'Microsoft.OptionalFeature.ExportDeletionThresholdValue': 'export deletion threshold value',
  'Microsoft.Synchronize.StagingMode': 'staging mode',
};

export function serverHealth(label: string, ruleSet: RuleSet, readings: InputReading[], textOf: TextOf): ServerHealth {
  const rules = ruleSet.rules;
  const custom = rules.filter((r) => !isStandardRule(r));
  const byConnector = new Map<string, SyncRule[]>();
  for (const r of rules) addTo(byConnector, connectorLabel(r), r);
  const findings = checkFindings(readings, textOf, rules);
  const precedences = new Map<number, SyncRule[]>();
  for (const r of rules) if (r.precedence.value !== null) addTo(precedences, r.precedence.value, r);
  const customPrecedences = custom.map((r) => r.precedence.value).filter((p): p is number => p !== null);
  const used = new Set(rules.map((r) => r.precedence.value).filter((p): p is number => p !== null && p >= 0 && p < 100));
  const health: ServerHealth = {
    label,
    rules: rules.length,
    standardRules: rules.length - custom.length,
    customRules: custom.length,
    customFlows: custom.reduce((n, r) => n + r.flows.length, 0),
    byConnector: [...byConnector].map(([connector, list]) => ({ connector, standard: list.filter(isStandardRule).length, custom: list.filter((r) => !isStandardRule(r)).length })).sort((a, b) => a.connector.localeCompare(b.connector)),
    disabledStandard: names(rules.filter((r) => isStandardRule(r) && r.disabled.value)),
    modifiedStandard: [...new Set(findings.filter((f) => f.code === 'AADC001' && f.severity === 2).map((f) => f.rule))].sort(),
    hardCodedGuids: findings.filter((f) => HARD_CODED.has(f.code)).map((f) => ({ rule: f.rule, message: f.message })),
    collisions: [...precedences].filter(([, list]) => list.length > 1).map(([precedence, list]) => ({ precedence, rules: names(list) })).sort((a, b) => a.precedence - b.precedence),
    customPrecedences: { lowest: customPrecedences.length ? Math.min(...customPrecedences) : null, highest: customPrecedences.length ? Math.max(...customPrecedences) : null, freeBelow100: 100 - used.size },
  };
  if (ruleSet.globalSettings) health.settings = Object.fromEntries(Object.keys(SWITCH_OVER_SETTINGS).filter((k) => ruleSet.globalSettings!.parameters[k] !== undefined).map((k) => [k, ruleSet.globalSettings!.parameters[k]]));
  return health;
}

const HARD_CODED_NAMES = new Set(['hardcoded-connector-guid', 'hardcoded-precedence-guid']);
const HARD_CODED = new Set(RULE_CHECKS.filter((c) => HARD_CODED_NAMES.has(c.meta.name)).map((c) => c.meta.id));
const HEALTH_CHECKS = RULE_CHECKS.filter((c) => HARD_CODED_NAMES.has(c.meta.name) || c.meta.name === 'oob-rule-modified');

/** The findings of the checks the report counts, each placed on the rule it is about. */
function checkFindings(readings: InputReading[], textOf: TextOf, rules: readonly SyncRule[]) {
  const byFile = new Map<string, SyncRule[]>();
  for (const r of rules) addTo(byFile, r.file, r);
  return ruleDiagnostics(readings, textOf, { workspace: false, checks: HEALTH_CHECKS }).map((d) => {
    const rule = byFile.get(d.file)?.find((r) => rangeContains(r.range, d.range.start));
    return { code: String(d.code), severity: d.severity, message: d.message, rule: rule?.name.value ?? rule?.name.unresolved ?? '(no rule)' };
  });
}

function names(rules: readonly SyncRule[]): string[] {
  return rules.map((r) => r.name.value ?? r.name.unresolved ?? '(unnamed rule)').sort();
}
