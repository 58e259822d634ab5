import { located, type Located } from '../model/located';
import type { LineIndex } from '../model/line-index';
import type {
  AttributeFlow,
  JoinCondition,
  JoinGroup,
  ScopeCondition,
  ScopeGroup,
  SyncRule,
} from '../model/sync-rule';
import type { XmlElement } from './xml-tree';
import {
  booleanValue,
  child,
  childrenNamed,
  contentRange,
  elementRange,
  mapped,
  parseBoolean,
  parseInteger,
  textValue,
} from './xml-values';
import { normalizeGuid } from './normalize';

/** Connector names by lower-case GUID, from Connectors/*.xml. */
export type ConnectorNames = ReadonlyMap<string, string | null>;

/** Builds the model of one `<synchronizationRule>` element (the root of a SynchronizationRule_{guid}.xml). */
export function ruleFromXml(rule: XmlElement, file: string, lines: LineIndex, connectorNames: ConnectorNames): SyncRule {
  const text = (name: string) => textValue(rule, name, lines);
  const guid = (name: string) => mapped(rule, name, lines, normalizeGuid);
  const nameElement = child(rule, 'name');
  const connectorId = guid('connector');

  return {
    file,
    range: elementRange(rule, lines),
    selectionRange: nameElement ? contentRange(nameElement, lines) : elementRange(rule, lines),
    name: text('name'),
    identifier: guid('id'),
    description: text('description'),
    direction: text('direction'),
    precedence: mapped(rule, 'precedence', lines, parseInteger),
    precedenceAfter: guid('precedence-after'),
    precedenceBefore: guid('precedence-before'),
    connector: {
      id: connectorId,
      // The name is written in the connector's own file, so it has no range in this one.
      name: located(connectorId.value === null ? null : (connectorNames.get(connectorId.value) ?? null)),
    },
    sourceObjectType: text('sourceObjectType'),
    targetObjectType: text('targetObjectType'),
    linkType: text('linkType'),
    immutableTag: text('immutable-tag'),
    disabled: booleanValue(rule, 'disabled', lines),
    enablePasswordSync: booleanValue(rule, 'EnablePasswordSync', lines),
    softDeleteExpiryInterval: text('softDeleteExpiryInterval'),
    flows: childrenNamed(child(rule, 'attribute-mappings'), 'mapping').map((m) => flowFromXml(m, lines)),
    scopeGroups: childrenNamed(child(rule, 'synchronizationCriteria'), 'conditions').map((g) => scopeGroupFromXml(g, lines)),
    joinGroups: childrenNamed(child(rule, 'relationshipCriteria'), 'conditions').map((g) => joinGroupFromXml(g, lines)),
    committed: true,
  };
}

function flowFromXml(mapping: XmlElement, lines: LineIndex): AttributeFlow {
  const src = child(mapping, 'src');
  const attrs = childrenNamed(src, 'attr');
  const expression = textValue(mapping, 'expression', lines);
  // The export has no flow type element: an <expression> makes it Expression, <attr> sources Direct, else Constant.
  const flowType = expression.value !== null ? 'Expression' : attrs.length > 0 ? 'Direct' : 'Constant';
  let sourceValues: string[];
  if (flowType === 'Constant') sourceValues = src ? [src.text] : [];
  else sourceValues = attrs.map((a) => a.text);

  const sources = src ? located(sourceValues, contentRange(src, lines)) : located(sourceValues);
  if (flowType !== 'Constant') sources.items = attrs.map((a) => contentRange(a, lines));
  return {
    sources,
    destination: textValue(mapping, 'dest', lines),
    flowType: located(flowType),
    valueMergeType: textValue(mapping, 'valueMergeType', lines),
    expression,
    executeOnce: attributeFlag(mapping, 'execute-once', lines),
    range: elementRange(mapping, lines),
  };
}

function attributeFlag(element: XmlElement, name: string, lines: LineIndex): Located<boolean> {
  const attribute = element.attributes[name];
  if (!attribute) return located(false);
  return located(parseBoolean(attribute.value), lines.rangeOf(attribute.valueStart, attribute.valueEnd));
}

function scopeGroupFromXml(group: XmlElement, lines: LineIndex): ScopeGroup {
  return {
    conditions: childrenNamed(group, 'scope').map((scope): ScopeCondition => ({
      // Called csAttribute even in outbound rules, where it names a metaverse attribute.
      attribute: textValue(scope, 'csAttribute', lines),
      operator: textValue(scope, 'csOperator', lines),
      value: textValue(scope, 'csValue', lines),
      range: elementRange(scope, lines),
    })),
    range: elementRange(group, lines),
  };
}

function joinGroupFromXml(group: XmlElement, lines: LineIndex): JoinGroup {
  return {
    conditions: childrenNamed(group, 'condition').map((condition): JoinCondition => ({
      csAttribute: textValue(condition, 'csAttribute', lines),
      // "ilm" is the legacy name of the metaverse.
      mvAttribute: textValue(condition, 'ilmAttribute', lines),
      caseSensitive: booleanValue(condition, 'caseSensitive', lines),
      range: elementRange(condition, lines),
    })),
    range: elementRange(group, lines),
  };
}
