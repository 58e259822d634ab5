import type { Range } from 'vscode-languageserver-types';
import type { Located } from '../../../model/located';
import type { AttributeFlow, JoinGroup, ScopeGroup, SyncRule } from '../../../model/sync-rule';
import {
  agreement,
  canonicalFlowType,
  canonicalMergeType,
  clausePrint,
  descriptionPrint,
  flowPrint,
  joinConditionPrint,
  joinGroupPrint,
  scopeGroupPrint,
  type ConnectorKind,
  type FlowPrint,
  type JoinGroupPrint,
  type ScopeGroupPrint,
  type SettingAgreement,
  type VersionEntry,
  type WizardSetting,
  type WizardSettings,
} from '../../../catalog/out-of-box';
import { alignJoinGroups } from './join-alignment';

/** One place where a standard rule differs from the shipped rule of its tag and version. */
export interface Difference {
  range: Range;
  /** What differs, as a clause: "the flow to 'department' has a different expression". */
  what: string;
  /**
   * `unknown` when the part is one the wizard writes from a setting this input does not record: it may
   * differ legitimately, so the finding is only information.
   */
  certainty: 'edited' | 'unknown';
}

export interface Comparison {
  rule: SyncRule;
  entry: VersionEntry;
  /** Undefined when the input does not say which connector the rule is on. */
  kind: ConnectorKind | undefined;
  settings: WizardSettings;
  /**
   * A script writes a switch only when it is on, so a missing -EnablePasswordSync means off. A report or
   * XML export may leave the setting out when it does not know it: there, missing says nothing.
   */
  script: boolean;
  /** Where to point at a whole block (a flow or group command) without underlining all of it. */
  head(range: Range): Range;
}

/**
 * Compares a standard rule with its catalogue entry. Only Disabled, Precedence (and PrecedenceAfter/
 * Before), Identifier and the connector GUID may differ: they are per server.
 */
export function ruleDifferences(c: Comparison): Difference[] {
  return [...propertyDifferences(c), ...flowDifferences(c), ...scopeDifferences(c), ...joinDifferences(c)];
}

function unresolved(...values: Located<unknown>[]): boolean {
  return values.some((v) => v.unresolved !== undefined);
}

function propertyDifferences({ rule, entry, kind, script }: Comparison): Difference[] {
  const out: Difference[] = [];
  const at = (v: Located<unknown>) => v.range ?? rule.selectionRange;
  const differ = (label: string, v: Located<string | null>, shipped: string, caseMatters: boolean, absent = '') => {
    if (unresolved(v)) return;
    const mine = (v.value ?? absent).trim();
    const same = caseMatters ? mine === shipped : mine.toLowerCase() === shipped.toLowerCase();
    if (!same) out.push({ range: at(v), what: `its ${label} is '${mine}' where the shipped rule has '${shipped}'`, certainty: 'edited' });
  };
  differ('name', rule.name, entry.name, true);
  differ('direction', rule.direction, entry.direction, false);
  differ('link type', rule.linkType, entry.linkType, false);
  differ('source object type', rule.sourceObjectType, entry.sourceObjectType, false);
  differ('target object type', rule.targetObjectType, entry.targetObjectType, false);
  // Left out, the interval is TimeSpan's zero, as the exports write it.
  differ('soft-delete expiry interval', rule.softDeleteExpiryInterval, entry.softDeleteExpiryInterval, false, '00:00:00');
  if (kind && kind !== entry.connector) {
    const shipped = entry.connector === 'AAD' ? 'the Entra ID connector' : 'an AD connector';
    out.push({ range: at(rule.connector.id), what: `it sits on ${kind === 'AAD' ? 'the Entra ID connector' : 'an AD connector'} where the shipped rule is on ${shipped}`, certainty: 'edited' });
  }
  const phs = rule.enablePasswordSync;
  const phsKnown = phs.value || phs.range !== undefined || script;
  if (phsKnown && !unresolved(phs) && phs.value !== (entry.enablePasswordSync ?? false)) {
    const what = rule.enablePasswordSync.value ? 'it sets EnablePasswordSync, which the shipped rule does not' : 'it lacks the EnablePasswordSync switch of the shipped rule';
    out.push({ range: at(rule.enablePasswordSync), what, certainty: 'edited' });
  }
  if (!unresolved(rule.description) && descriptionPrint(rule.description.value) !== entry.description) {
    out.push({ range: at(rule.description), what: 'its description differs from the shipped text', certainty: 'edited' });
  }
  return out;
}

/** The part depends on wizard choices: equal choices compare, different ones excuse, unknown ones soften. */
function certaintyOf(dependsOn: readonly WizardSetting[] | undefined, c: Comparison): SettingAgreement {
  return agreement(dependsOn, c.entry.settings, c.settings);
}

function flowDifferences(c: Comparison): Difference[] {
  const { rule, entry } = c;
  const out: Difference[] = [];
  const shipped = new Map<string, FlowPrint>();
  for (const f of entry.flows) shipped.set(f.destination.toLowerCase(), f);
  const seen = new Set<string>();
  for (const flow of rule.flows) {
    if (unresolved(flow.destination, flow.flowType, flow.valueMergeType, flow.expression, flow.sources)) continue;
    const destination = flow.destination.value ?? '';
    const key = destination.toLowerCase();
    const again = seen.has(key);
    const print = again ? undefined : shipped.get(key);
    seen.add(key);
    if (!print) {
      const what = again ? `it flows '${destination}' a second time` : `it flows '${destination}', which the shipped rule does not`;
      out.push({ range: flow.destination.range ?? c.head(flow.range), what, certainty: 'edited' });
      continue;
    }
    const agreed = certaintyOf(print.dependsOn, c);
    if (agreed === 'different' || flowPrint(flow) === print.fingerprint) continue;
    out.push({ ...whatChanged(flow, print, c), certainty: agreed === 'unknown' ? 'unknown' : 'edited' });
  }
  for (const print of entry.flows) {
    if (seen.has(print.destination.toLowerCase())) continue;
    const agreed = certaintyOf(print.dependsOn, c);
    if (agreed === 'different') continue;
    out.push({ range: c.rule.selectionRange, what: `the shipped flow to '${print.destination}' is missing`, certainty: agreed === 'unknown' ? 'unknown' : 'edited' });
  }
  return out;
}

function whatChanged(flow: AttributeFlow, print: FlowPrint, c: Comparison): { range: Range; what: string } {
  const name = `the flow to '${print.destination}'`;
  const type = canonicalFlowType(flow);
  if (type !== print.flowType) return { range: flow.flowType.range ?? c.head(flow.range), what: `${name} is ${type || 'untyped'} where the shipped flow is ${print.flowType}` };
  const merge = canonicalMergeType(flow);
  if (merge !== print.mergeType) return { range: flow.valueMergeType.range ?? c.head(flow.range), what: `${name} merges with ${merge} where the shipped flow uses ${print.mergeType}` };
  if (flow.executeOnce.value !== (print.executeOnce ?? false)) {
    return { range: flow.executeOnce.range ?? c.head(flow.range), what: `${name} ${flow.executeOnce.value ? 'is' : 'is not'} execute-once, unlike the shipped flow` };
  }
  if (print.destination !== (flow.destination.value ?? '')) {
    return { range: flow.destination.range ?? c.head(flow.range), what: `${name} is spelled '${flow.destination.value}'` };
  }
  if (type === 'Expression') return { range: flow.expression.range ?? c.head(flow.range), what: `${name} has a different expression` };
  return { range: flow.sources.range ?? c.head(flow.range), what: `${name} has a different ${type === 'Constant' ? 'constant' : 'source'}` };
}

function scopeDifferences(c: Comparison): Difference[] {
  const { rule, entry } = c;
  if (rule.scopeGroups.some((g) => g.conditions.some((x) => unresolved(x.attribute, x.operator, x.value)))) return [];
  const mine = rule.scopeGroups.map((group, index) => ({ group, index, print: scopeGroupPrint(group) }));
  const left = [...entry.scopeGroups];
  const extra: typeof mine = [];
  for (const m of mine) {
    const k = left.findIndex((s) => s.fingerprint === m.print.fingerprint);
    if (k >= 0) left.splice(k, 1);
    else extra.push(m);
  }
  const out: Difference[] = [];
  // Pair each changed group with the shipped group it shares most clauses with.
  for (const m of extra) {
    const best = bestMatch(left, (s) => overlap(s.clauses, m.print.clauses));
    const label = `scope group ${m.index + 1}`;
    if (!best) {
      out.push({ range: c.head(m.group.range), what: `${label} is not in the shipped rule`, certainty: 'edited' });
      continue;
    }
    left.splice(left.indexOf(best), 1);
    out.push(...clauseDifferences(m.group, best, label, c));
  }
  for (const s of left) {
    out.push({ range: rule.selectionRange, what: `a shipped scope group (on ${attributes(s.clauses.map((x) => x.attribute))}) is missing`, certainty: 'edited' });
  }
  return out;
}

function clauseDifferences(group: ScopeGroup, shipped: ScopeGroupPrint, label: string, c: Comparison): Difference[] {
  const mine = group.conditions.map((clause) => ({ clause, print: clausePrint(clause) }));
  const { onlyMine, onlyShipped } = unmatched(mine, shipped.clauses);
  const out: Difference[] = [];
  for (const m of onlyMine) {
    const k = onlyShipped.findIndex((s) => s.attribute === m.print.attribute);
    const what = k >= 0 ? `the ${label} clause on '${m.print.attribute}' differs from the shipped one` : `${label} has a clause on '${m.print.attribute}' that the shipped group does not`;
    if (k >= 0) onlyShipped.splice(k, 1);
    out.push({ range: c.head(m.clause.range), what, certainty: 'edited' });
  }
  for (const s of onlyShipped) out.push({ range: c.head(group.range), what: `${label} lacks the shipped clause on '${s.attribute}'`, certainty: 'edited' });
  return out;
}

/** Prints that are on one side only, each matched at most once. */
function unmatched<M extends { print: { fingerprint: string } }, S extends { fingerprint: string }>(mine: M[], shipped: S[]): { onlyMine: M[]; onlyShipped: S[] } {
  const onlyShipped = [...shipped];
  const onlyMine: M[] = [];
  for (const m of mine) {
    const k = onlyShipped.findIndex((s) => s.fingerprint === m.print.fingerprint);
    if (k >= 0) onlyShipped.splice(k, 1);
    else onlyMine.push(m);
  }
  return { onlyMine, onlyShipped };
}

function joinDifferences(c: Comparison): Difference[] {
  const { rule, entry } = c;
  if (rule.joinGroups.some((g) => g.conditions.some((x) => unresolved(x.csAttribute, x.mvAttribute, x.caseSensitive)))) return [];
  const dependsOn = [...new Set(entry.joinGroups.flatMap((g) => g.dependsOn ?? []))];
  const agreed = certaintyOf(dependsOn, c);
  if (agreed === 'different') return [];
  const certainty = agreed === 'unknown' ? 'unknown' : 'edited';
  const mine = rule.joinGroups.map(joinGroupPrint);
  const out: Difference[] = [];
  for (const step of alignJoinGroups(mine.map((p) => p.fingerprint), entry.joinGroups.map((p) => p.fingerprint))) {
    if (step.kind === 'same') continue;
    if (step.kind === 'added') {
      out.push({ range: c.head(rule.joinGroups[step.mine].range), what: `join group ${step.mine + 1} is not in the shipped rule`, certainty });
    } else if (step.kind === 'removed') {
      const s = entry.joinGroups[step.shipped];
      out.push({ range: rule.selectionRange, what: `the shipped join group ${step.shipped + 1} (${conditions(s)}) is missing`, certainty });
    } else {
      out.push(...conditionDifferences(rule.joinGroups[step.mine], step.mine, entry.joinGroups[step.shipped], c, certainty));
    }
  }
  return out;
}

function conditionDifferences(group: JoinGroup, index: number, shipped: JoinGroupPrint, c: Comparison, certainty: Difference['certainty']): Difference[] {
  const label = `join group ${index + 1}`;
  const mine = group.conditions.map((condition) => ({ condition, print: joinConditionPrint(condition) }));
  const { onlyMine, onlyShipped } = unmatched(mine, shipped.conditions);
  const out: Difference[] = [];
  for (const m of onlyMine) {
    const { csAttribute: cs, mvAttribute: mv } = m.print;
    // A condition that shares a side with a shipped one replaces it.
    const k = onlyShipped.findIndex((s) => s.csAttribute === cs || s.mvAttribute === mv);
    const replaced = k >= 0 ? onlyShipped.splice(k, 1)[0] : undefined;
    const what = replaced
      ? `the ${label} condition ${cs} → ${mv} replaces the shipped ${replaced.csAttribute} → ${replaced.mvAttribute}${replaced.csAttribute === cs && replaced.mvAttribute === mv ? ' (case sensitivity differs)' : ''}`
      : `${label} has a condition ${cs} → ${mv} that the shipped group does not`;
    out.push({ range: c.head(m.condition.range), what, certainty });
  }
  if (onlyShipped.length) {
    out.push({ range: c.head(group.range), what: `${label} lacks the shipped condition ${onlyShipped.map((s) => `${s.csAttribute} → ${s.mvAttribute}`).join(', ')}`, certainty });
  }
  return out;
}

function overlap(a: { fingerprint: string }[], b: { fingerprint: string }[]): number {
  return a.filter((x) => b.some((y) => y.fingerprint === x.fingerprint)).length;
}

function bestMatch<T>(items: T[], score: (t: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = 0;
  for (const t of items) {
    const s = score(t);
    if (s > bestScore) (best = t), (bestScore = s);
  }
  return best;
}

function attributes(names: string[]): string {
  return [...new Set(names)].map((n) => `'${n}'`).join(', ');
}

function conditions(g: JoinGroupPrint): string {
  return g.conditions.map((x) => `${x.csAttribute} → ${x.mvAttribute}`).join(', ');
}
