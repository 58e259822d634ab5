import type { SyncRule } from '../model/sync-rule';
import { label } from './connectors';
import type { ReportOptions } from './report-options';
import { displayValue, driftDetail, settingLabel, STATUS_TITLES, type DisplayValue } from './report-values';
import { planRule } from './script-plan';
import type { DiffResult, DiffStatus, RuleDiff } from './types';

/**
 * What the Markdown and the HTML report say, in the order a person needs it during a swing migration:
 * a critical settings mismatch, the counts, what could not be decided, then each difference with both
 * sides. Both renderers lay out this one outline, so they never disagree.
 */
export interface ReportOutline {
  primaryLabel: string;
  stagingLabel: string;
  critical: string[];
  verdict: string;
  counts: { status: DiffStatus; title: string; count: number }[];
  settings: { label: string; name: string; primary: string; staging: string; critical: boolean }[];
  problems: string[];
  problemsIntro: string;
  sections: StatusSection[];
  drift: { name: string; connector: string; detail: string }[];
  driftIntro: string;
  connectors: { primary: string; staging: string; by: string }[];
}

export interface StatusSection {
  status: 'changed' | 'onlyInPrimary' | 'onlyInStaging';
  title: string;
  intro: string;
  connectors: { connector: string; rules: RuleEntry[] }[];
}

export interface RuleEntry {
  name: string;
  /** Direction, custom or out-of-box, and a few facts of the rule. */
  facts: string[];
  /** What the migration script does about it. */
  action: string;
  changes: { field: string; primary: DisplayValue; staging: DisplayValue }[];
}

const INTROS: Record<StatusSection['status'], string> = {
  changed: 'Rules on both servers whose content differs. Both sides of every differing field are shown.',
  onlyInPrimary: 'Rules that primary has and staging lacks.',
  onlyInStaging: 'Rules that staging has and primary lacks.',
};

export function reportOutline(result: DiffResult, options: ReportOptions): ReportOutline {
  const critical = result.settings
    .filter((s) => s.critical)
    .map((s) => `CRITICAL: the ${settingLabel(s.name)} differs (primary: ${s.primary ?? 'not set'}, staging: ${s.staging ?? 'not set'}). The servers would not produce the same identities: do not switch over until it is resolved.`);
  const order: DiffStatus[] = ['changed', 'onlyInPrimary', 'onlyInStaging', 'drift', 'same'];
  const differing = result.summary.changed + result.summary.onlyInPrimary + result.summary.onlyInStaging;
  return {
    primaryLabel: options.primaryLabel,
    stagingLabel: options.stagingLabel,
    critical,
    verdict: differing === 0
      ? `The rule sets are equivalent${result.summary.drift ? ' (out-of-box rules renumbered by the wizard only)' : ''}.`
      : `The rule sets differ: ${differing} rule${differing === 1 ? '' : 's'} to look at.`,
    counts: order.map((status) => ({ status, title: STATUS_TITLES[status], count: result.summary[status] })),
    settings: result.settings.map((s) => ({ label: settingLabel(s.name), name: s.name, primary: s.primary ?? '(not set)', staging: s.staging ?? '(not set)', critical: s.critical })),
    problems: result.problems,
    problemsIntro: 'The comparison could not decide or read these: rules they involve may show as only on one side, or be missing.',
    sections: (['changed', 'onlyInPrimary', 'onlyInStaging'] as const)
      .map((status) => ({ status, title: STATUS_TITLES[status], intro: INTROS[status], connectors: byConnector(result.rules.filter((r) => r.status === status)) }))
      .filter((s) => s.connectors.length > 0),
    driftIntro: `${result.summary.drift} out-of-box rule${result.summary.drift === 1 ? ' differs' : 's differ'} only in precedence or tag version: renumbered by the wizard, not edited. Nothing to do.`,
    drift: result.rules.filter((r) => r.status === 'drift').map((r) => ({ name: r.name, connector: r.connector, detail: driftDetail(r.changes) })),
    connectors: result.connectors.map((c) => ({ primary: label(c.primary), staging: label(c.staging), by: c.by })),
  };
}

function byConnector(rules: RuleDiff[]): StatusSection['connectors'] {
  const groups = new Map<string, RuleEntry[]>();
  for (const r of rules) {
    let list = groups.get(r.connector);
    if (!list) groups.set(r.connector, (list = []));
    list.push(entry(r));
  }
  return [...groups].map(([connector, entries]) => ({ connector, rules: entries }));
}

function entry(r: RuleDiff): RuleEntry {
  const rule = r.primary ?? r.staging;
  const facts = [r.direction ?? 'direction unknown', r.standard ? 'out-of-box rule' : 'custom rule'];
  if (r.status !== 'changed' && rule) facts.push(...ruleFacts(rule));
  return {
    name: r.name,
    facts,
    action: planRule(r).action,
    changes: r.changes.map((c) => ({ field: c.field, primary: displayValue(c, 'primary'), staging: displayValue(c, 'staging') })),
  };
}

/** A rule on one side only is described, not diffed: enough to recognise it. */
function ruleFacts(rule: SyncRule): string[] {
  const facts: string[] = [];
  if (rule.precedence.value !== null) facts.push(`precedence ${rule.precedence.value}`);
  if (rule.sourceObjectType.value && rule.targetObjectType.value) facts.push(`${rule.sourceObjectType.value} → ${rule.targetObjectType.value}`);
  if (rule.linkType.value) facts.push(rule.linkType.value);
  facts.push(`${rule.flows.length} flow${rule.flows.length === 1 ? '' : 's'}`);
  if (rule.disabled.value) facts.push('disabled');
  if (rule.immutableTag.value) facts.push(`tag ${rule.immutableTag.value}`);
  return facts;
}
