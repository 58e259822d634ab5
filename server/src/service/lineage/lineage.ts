import type { AttributeFlow, SyncRule } from '../../model/sync-rule';
import { direction, mergeKind, ruleLabel, sameName } from '../../checks/rules/values/rule-facts';
import { nameOthers } from '../../checks/rules/other-rules';
import { flowOutcomes, type FlowOutcomes } from './flow-outcomes';
import { addTo } from '../../model/multimap';
import { scopeConditionText } from '../navigation/rule-summary';

/** One flow that writes the attribute, where it stands in the engine's order and what part it plays. */
export interface LineageEntry {
  rule: SyncRule;
  flow: AttributeFlow;
  direction: 'inbound' | 'outbound' | undefined;
  connector: string | null;
  precedence: number | null;
  mergeType: string;
  /** Disabled rules and JoinNoFlow rules are listed where they stand but flow nothing. */
  applied: boolean;
  /** The flow whose value the attribute gets for an object of its kind that every scope takes in. */
  wins: boolean;
  /** Why it wins, or when it takes over, in the engine's terms. */
  role: string;
  outcomes: FlowOutcomes;
}

/**
 * Flows that compete for one value: inbound flows into one metaverse object type, outbound flows into one
 * object type of one connector. Precedence only decides between flows of the same group.
 */
export interface LineageGroup {
  direction: 'inbound' | 'outbound' | undefined;
  /** `metaverse person`, `contoso.onmicrosoft.com - AAD user`. */
  target: string;
  entries: LineageEntry[];
  /** Flows for different kinds of source object meet only when one object is joined to several. */
  note?: string;
}

export interface AttributeLineage {
  attribute: string;
  groups: LineageGroup[];
}

/**
 * Every flow of `rules` that writes `attribute` (metaverse attribute inbound, connector attribute outbound;
 * names compare as the directory does, ignoring case), in the order the engine applies them.
 */
export function attributeLineage(rules: readonly SyncRule[], attribute: string): AttributeLineage {
  const groups = new Map<string, LineageGroup>();
  for (const rule of rules) {
    for (const flow of rule.flows) {
      if (!sameName(flow.destination.value, attribute)) continue;
      const dir = direction(rule);
      const type = rule.targetObjectType.value ?? rule.targetObjectType.unresolved ?? '?';
      const target = dir === 'outbound' ? `${connectorOf(rule) ?? '?'} ${type}` : `metaverse ${type}`;
      const key = `${dir ?? '?'}|${target.toLowerCase()}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { direction: dir, target, entries: [] }));
      group.entries.push(entry(rule, flow, dir));
    }
  }
  const ordered = [...groups.values()];
  for (const g of ordered) {
    g.entries.sort(byEngineOrder);
    // One object only meets the rules for its own kind: an AD user never meets the inetOrgPerson rules.
    const lanes = new Map<string, LineageEntry[]>();
    for (const e of g.entries) addTo(lanes, laneOf(e), e);
    for (const lane of lanes.values()) assignRoles(lane);
    if (lanes.size > 1) g.note = crossLaneNote(g);
  }
  ordered.sort((a, b) => directionRank(a.direction) - directionRank(b.direction) || firstPrecedence(a) - firstPrecedence(b) || a.target.localeCompare(b.target));
  return { attribute, groups: ordered };
}

function entry(rule: SyncRule, flow: AttributeFlow, dir: LineageEntry['direction']): LineageEntry {
  const joinNoFlow = /^joinnoflow$/i.test(rule.linkType.value ?? '');
  return {
    rule,
    flow,
    direction: dir,
    connector: connectorOf(rule),
    precedence: rule.precedence.value,
    mergeType: flow.valueMergeType.value ?? 'Update',
    applied: !rule.disabled.value && !joinNoFlow,
    wins: false,
    role: '',
    outcomes: flowOutcomes(flow),
  };
}

/**
 * The flows one source object can meet: inbound, those of its connector and object type; outbound, those
 * for its metaverse object type.
 */
function laneOf(e: LineageEntry): string {
  const source = (e.rule.sourceObjectType.value ?? '?').toLowerCase();
  return e.direction === 'inbound' ? `${(e.connector ?? '?').toLowerCase()}|${source}` : source;
}

function crossLaneNote(g: LineageGroup): string {
  return g.direction === 'inbound'
    ? `A ${g.target.replace(/^metaverse /, '')} joined to objects of several kinds or connectors gets the value of the lowest precedence that contributes.`
    : 'Each metaverse object type has its own winner.';
}

function connectorOf(rule: SyncRule): string | null {
  return rule.connector.name.value ?? rule.connector.id.value ?? rule.connector.id.unresolved ?? null;
}

/** Lower precedence first; an unknown precedence (a variable) last; equal ones by name, the engine's order between them is not defined. */
function byEngineOrder(a: LineageEntry, b: LineageEntry): number {
  const pa = a.precedence ?? Number.POSITIVE_INFINITY;
  const pb = b.precedence ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  return (a.rule.name.value ?? '').localeCompare(b.rule.name.value ?? '');
}

function directionRank(d: LineageEntry['direction']): number {
  return d === 'inbound' ? 0 : d === 'outbound' ? 1 : 2;
}

function firstPrecedence(g: LineageGroup): number {
  return g.entries[0]?.precedence ?? Number.POSITIVE_INFINITY;
}

/**
 * Update (the default): the applied flow with the lowest precedence wins for an object in its scope; the next
 * one only where the earlier ones are out of scope or give NULL. Merge types collect every contribution.
 */
function assignRoles(entries: LineageEntry[]): void {
  const earlier: LineageEntry[] = [];
  for (const e of entries) {
    if (!e.applied) {
      e.role = e.rule.disabled.value ? 'disabled: the engine does not apply this rule' : 'its rule is JoinNoFlow: it joins but flows nothing';
      continue;
    }
    const merging = mergeKind(e.flow) === 'merge';
    const stoppedBy = earlier.filter((x) => x.outcomes.authoritativeNull && mergeKind(x.flow) !== 'merge');
    if (merging) {
      e.wins = true;
      e.role = `merged with the other contributions (${e.mergeType})`;
    } else if (earlier.length === 0) {
      e.wins = true;
      e.role = `wins for ${e.rule.sourceObjectType.value ?? ''} objects in its scope`.replace('  ', ' ');
    } else {
      const names = nameOthers(earlier, (x) => ruleLabel(x.rule));
      e.role = `used where ${names} ${earlier.length === 1 ? 'is' : 'are'} out of scope or give${earlier.length === 1 ? 's' : ''} NULL`;
    }
    e.role += outcomeNotes(e.outcomes);
    if (stoppedBy.length) e.role += `; never where ${nameOthers(stoppedBy, (x) => ruleLabel(x.rule))} give${stoppedBy.length === 1 ? 's' : ''} AuthoritativeNull`;
    if (e.flow.executeOnce.value) e.role += '; only when the object is created (apply once)';
    earlier.push(e);
  }
}

function outcomeNotes(o: FlowOutcomes): string {
  const notes: string[] = [];
  if (o.null === 'always') notes.push('it always gives NULL, so it never sets a value');
  else if (o.null) notes.push('where it gives NULL the next rule decides');
  if (o.authoritativeNull) notes.push(`${o.authoritativeNull === 'always' ? 'it gives' : 'where it gives'} AuthoritativeNull the value is removed and no later rule contributes`);
  if (o.importedValue) notes.push('it takes the value as last imported from the connector (ImportedValue), not one still waiting to be exported');
  if (o.ignoreThisFlow) notes.push(`${o.ignoreThisFlow === 'always' ? 'it gives' : 'where it gives'} IgnoreThisFlow the value is left as it is`);
  return notes.length ? `; ${notes.join('; ')}` : '';
}

/** The lineage as the CLI's `--format json` prints it: flows in engine order. */
export function lineageToJson(lineage: AttributeLineage) {
  return {
    attribute: lineage.attribute,
    flows: lineage.groups.flatMap((g) =>
      g.entries.map((e) => ({
        rule: e.rule.name.value,
        identifier: e.rule.identifier.value,
        connector: e.connector,
        direction: e.direction ?? null,
        target: g.target,
        precedence: e.precedence,
        sourceObjectType: e.rule.sourceObjectType.value,
        scope: scopeSummary(e.rule),
        flowType: e.flow.flowType.value,
        sources: e.flow.sources.value,
        expression: e.flow.expression.value,
        mergeType: e.mergeType,
        disabled: e.rule.disabled.value,
        wins: e.wins,
        role: e.role,
      })),
    ),
  };
}

/** `a EQUAL x AND b ISNOTNULL OR c …` (groups are OR'ed, conditions AND'ed); an empty scope takes every object of the source type. */
export function scopeSummary(rule: SyncRule): string {
  if (rule.scopeGroups.length === 0) return `every ${rule.sourceObjectType.value ?? ''} object`.replace('  ', ' ');
  return rule.scopeGroups.map((g) => g.conditions.map(scopeConditionText).join(' AND ')).map((t, _k, all) => (all.length > 1 ? `(${t})` : t)).join(' OR ');
}
