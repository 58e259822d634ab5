import type { AttributeFlow, SyncRule } from '../model/sync-rule';
import { bool, command, list, quote, timeSpanTicks, type Parameter } from './script-powershell';
import { UNSET_GUID } from '../model/well-known';

const OBJECT_MODEL = 'Microsoft.IdentityManagement.PowerShell.ObjectModel';

/**
 * The commands that create `rule` on a server, in the Rules Editor's export order (DOMAIN §2.2):
 * New-ADSyncRule, one mapping per flow, scope groups, join groups, Add-ADSyncRule. The connector is
 * the script variable that holds its GUID on the target server.
 */
export function createRuleCommands(rule: SyncRule, connector: string): string[] {
  const blocks: string[] = [command('New-ADSyncRule', ruleParameters(rule, connector))];
  for (const flow of rule.flows) blocks.push(command('Add-ADSyncAttributeFlowMapping', flowParameters(flow)));
  for (const group of rule.scopeGroups) {
    // Condition variables restart at $condition0 for every group, as in the export.
    group.conditions.forEach((c, k) => {
      const args = [c.attribute.value ?? '', c.value.value ?? '', c.operator.value ?? ''].map(quote).join(',');
      blocks.push(newCondition('ScopeCondition', args, k));
    });
    blocks.push(command('Add-ADSyncScopeConditionGroup', [['SynchronizationRule', '$syncRule[0]'], ['ScopeConditions', conditionList(group.conditions.length)], ['OutVariable', 'syncRule']]));
  }
  for (const group of rule.joinGroups) {
    group.conditions.forEach((c, k) => {
      const args = `${quote(c.csAttribute.value ?? '')},${quote(c.mvAttribute.value ?? '')},${bool(c.caseSensitive.value)}`;
      blocks.push(newCondition('JoinCondition', args, k));
    });
    blocks.push(command('Add-ADSyncJoinConditionGroup', [['SynchronizationRule', '$syncRule[0]'], ['JoinConditions', conditionList(group.conditions.length)], ['OutVariable', 'syncRule']]));
  }
  blocks.push(command('Add-ADSyncRule', [['SynchronizationRule', '$syncRule[0]']]));
  return blocks;
}

function ruleParameters(rule: SyncRule, connector: string): Parameter[] {
  const str = (v: string | null) => quote(v ?? '');
  const p: Parameter[] = [['Name', str(rule.name.value)]];
  // The primary's Identifier: the rule keeps its GUID, and re-running the script replaces it (Add-ADSyncRule upserts).
  if (rule.identifier.value) p.push(['Identifier', quote(rule.identifier.value)]);
  p.push(['Description', str(rule.description.value)], ['Direction', str(rule.direction.value)]);
  if (rule.precedence.value !== null) p.push(['Precedence', String(rule.precedence.value)]);
  p.push(
    ['PrecedenceAfter', quote(rule.precedenceAfter.value || UNSET_GUID)],
    ['PrecedenceBefore', quote(rule.precedenceBefore.value || UNSET_GUID)],
    ['SourceObjectType', str(rule.sourceObjectType.value)],
    ['TargetObjectType', str(rule.targetObjectType.value)],
    ['Connector', connector],
    ['LinkType', str(rule.linkType.value)],
  );
  const expiry = rule.softDeleteExpiryInterval.value;
  p.push(['SoftDeleteExpiryInterval', expiry === null || expiry === '' ? '0' : (timeSpanTicks(expiry) ?? quote(expiry))]);
  p.push(['ImmutableTag', str(rule.immutableTag.value)]);
  if (rule.enablePasswordSync.value) p.push(['EnablePasswordSync', null]);
  if (rule.disabled.value) p.push(['Disabled', null]);
  p.push(['OutVariable', 'syncRule']);
  return p;
}

function flowParameters(flow: AttributeFlow): Parameter[] {
  const p: Parameter[] = [['SynchronizationRule', '$syncRule[0]']];
  // An empty source list is omitted, as the export does (`%Connector.ID%`, AuthoritativeNull flows).
  if (flow.sources.value.length) p.push(['Source', list(flow.sources.value)]);
  p.push(['Destination', quote(flow.destination.value ?? '')], ['FlowType', quote(flow.flowType.value ?? '')]);
  if (flow.valueMergeType.value !== null) p.push(['ValueMergeType', quote(flow.valueMergeType.value)]);
  if (flow.executeOnce.value) p.push(['ExecuteOnce', null]);
  // -Expression refuses an empty string; the value keeps its line breaks.
  if (flow.expression.value) p.push(['Expression', quote(flow.expression.value)]);
  p.push(['OutVariable', 'syncRule']);
  return p;
}

function newCondition(type: string, args: string, k: number): string {
  return command('New-Object', [['TypeName', quote(`${OBJECT_MODEL}.${type}`)], ['ArgumentList', args], ['OutVariable', `condition${k}`]]);
}

function conditionList(n: number): string {
  return `@(${Array.from({ length: n }, (_, k) => `$condition${k}[0]`).join(',')})`;
}
