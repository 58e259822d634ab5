import type { Range } from 'vscode-languageserver-types';
import type { Located } from '../model/located';
import type { InputReading, RuleSet } from '../model/rule-set';
import { isStandardRule, type AttributeFlow, type SyncRule } from '../model/sync-rule';

/** The `show --format json` shape: plain values, with where each rule lives and what stayed unresolved. */
export function readingToJson(reading: InputReading) {
  return {
    source: reading.source,
    format: reading.format,
    configs: reading.configs.map(ruleSetToJson),
  };
}

export function ruleSetToJson(set: RuleSet) {
  const json: Record<string, unknown> = { label: set.label, rules: set.rules.map(ruleToJson) };
  if (set.connectors.length) json.connectors = set.connectors.map((c) => ({ id: c.id, name: c.name }));
  if (set.globalSettings) {
    const g = set.globalSettings;
    json.globalSettings = { server: g.server ?? null, serverConfigurationVersion: g.serverConfigurationVersion ?? null, anchorAttribute: g.anchorAttribute ?? null, upnAttribute: g.upnAttribute ?? null };
  }
  return json;
}

export function ruleToJson(rule: SyncRule) {
  const unresolved: Record<string, string> = {};
  const v = <T>(name: string, l: Located<T>): T => {
    if (l.unresolved !== undefined) unresolved[name] = l.unresolved;
    return l.value;
  };
  const json: Record<string, unknown> = {
    name: v('name', rule.name),
    identifier: v('identifier', rule.identifier),
    description: v('description', rule.description),
    direction: v('direction', rule.direction),
    precedence: v('precedence', rule.precedence),
    precedenceAfter: v('precedenceAfter', rule.precedenceAfter),
    precedenceBefore: v('precedenceBefore', rule.precedenceBefore),
    connector: v('connector', rule.connector.id),
    connectorName: rule.connector.name.value,
    sourceObjectType: v('sourceObjectType', rule.sourceObjectType),
    targetObjectType: v('targetObjectType', rule.targetObjectType),
    linkType: v('linkType', rule.linkType),
    immutableTag: v('immutableTag', rule.immutableTag),
    standard: isStandardRule(rule),
    disabled: v('disabled', rule.disabled),
    enablePasswordSync: v('enablePasswordSync', rule.enablePasswordSync),
    softDeleteExpiryInterval: v('softDeleteExpiryInterval', rule.softDeleteExpiryInterval),
    flows: rule.flows.map(flowToJson),
    scopeGroups: rule.scopeGroups.map((g) => g.conditions.map((c) => ({ attribute: c.attribute.value, operator: c.operator.value, value: c.value.value }))),
    joinGroups: rule.joinGroups.map((g) => g.conditions.map((c) => ({ csAttribute: c.csAttribute.value, mvAttribute: c.mvAttribute.value, caseSensitive: c.caseSensitive.value }))),
    committed: rule.committed,
    location: { file: rule.file, range: rule.range },
  };
  if (rule.mark) json.mark = rule.mark;
  if (Object.keys(unresolved).length) json.unresolved = unresolved;
  return json;
}

function flowToJson(flow: AttributeFlow) {
  const json: Record<string, unknown> = {
    sources: flow.sources.value,
    destination: flow.destination.value,
    flowType: flow.flowType.value,
    valueMergeType: flow.valueMergeType.value,
    expression: flow.expression.value,
    executeOnce: flow.executeOnce.value,
  };
  if (flow.mark) json.mark = flow.mark;
  return json;
}

export function formatRange(r: Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}`;
}
