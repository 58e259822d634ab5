/**
 * The parameters of the cmdlets that build sync rules (ADSync module 2.2.8.0), so that binding follows
 * PowerShell: named, positional, switches, unique-prefix abbreviations, and the common parameters.
 */
export interface CmdletSpec {
  name: string;
  /** Lower-case name → canonical name, for PowerShell's case-insensitive binding. */
  byLowerName: Map<string, string>;
  switchSet: Set<string>;
  parameters: string[];
  /** Parameter names by position. */
  positional: string[];
  switches: string[];
  mandatory: string[];
}

const COMMON = [
  'OutVariable', 'OutBuffer', 'PipelineVariable', 'ErrorAction', 'ErrorVariable', 'WarningAction', 'WarningVariable',
  'InformationAction', 'InformationVariable', 'Verbose', 'Debug', 'WhatIf', 'Confirm', 'ProgressAction',
];
const COMMON_SWITCHES = ['Verbose', 'Debug', 'WhatIf', 'Confirm'];

function spec(name: string, parameters: string[], positional: string[], switches: string[], mandatory: string[]): CmdletSpec {
  const all = [...parameters, ...COMMON];
  const allSwitches = [...switches, ...COMMON_SWITCHES];
  return {
    name, parameters: all, positional, switches: allSwitches, mandatory,
    byLowerName: new Map(all.map((p) => [p.toLowerCase(), p])), switchSet: new Set(allSwitches),
  };
}

const RULE_PROPERTIES = [
  'Name', 'Direction', 'Connector', 'SourceObjectType', 'TargetObjectType', 'LinkType', 'Precedence', 'PrecedenceAfter',
  'PrecedenceBefore', 'Description', 'ImmutableTag', 'Identifier', 'SoftDeleteExpiryInterval', 'EnablePasswordSync', 'Disabled',
];

export const CMDLETS: Record<string, CmdletSpec> = Object.fromEntries(
  [
    spec('New-ADSyncRule', RULE_PROPERTIES, ['Name', 'Direction', 'Connector', 'SourceObjectType', 'TargetObjectType', 'LinkType'],
      ['EnablePasswordSync', 'Disabled'], ['Name', 'Direction', 'Connector', 'SourceObjectType', 'TargetObjectType', 'LinkType']),
    spec('Add-ADSyncAttributeFlowMapping',
      ['SynchronizationRule', 'Source', 'Destination', 'FlowType', 'ValueMergeType', 'ExecuteOnce', 'Expression', 'Direction', 'AttributeFlowMappings'],
      ['SynchronizationRule', 'Source', 'Destination', 'FlowType', 'Direction', 'ValueMergeType'], ['ExecuteOnce'], ['SynchronizationRule']),
    spec('Add-ADSyncScopeConditionGroup', ['SynchronizationRule', 'ScopeConditions'], ['SynchronizationRule', 'ScopeConditions'], [],
      ['SynchronizationRule', 'ScopeConditions']),
    spec('Add-ADSyncJoinConditionGroup', ['SynchronizationRule', 'JoinConditions'], ['SynchronizationRule', 'JoinConditions'], [],
      ['SynchronizationRule', 'JoinConditions']),
    spec('Add-ADSyncRule', ['SynchronizationRule', ...RULE_PROPERTIES, 'ScopeFilter', 'JoinFilter', 'AttributeFlowMappings'], ['SynchronizationRule'],
      ['EnablePasswordSync', 'Disabled'], []),
    spec('New-ADSyncScopeCondition', ['Attribute', 'ComparisonValue', 'ComparisonOperator'], ['Attribute', 'ComparisonValue', 'ComparisonOperator'], [],
      ['Attribute', 'ComparisonValue', 'ComparisonOperator']),
    spec('New-ADSyncJoinCondition', ['CSAttribute', 'MVAttribute', 'CaseSensitive'], ['CSAttribute', 'MVAttribute', 'CaseSensitive'], [],
      ['CSAttribute', 'MVAttribute']),
    spec('New-Object', ['TypeName', 'ArgumentList', 'Property', 'ComObject', 'Strict'], ['TypeName', 'ArgumentList'], ['Strict'], []),
    spec('Get-ADSyncRule', ['Identifier', 'SynchronizationRule'], ['Identifier'], [], []),
    spec('Remove-ADSyncRule', ['Identifier', 'SynchronizationRule'], ['SynchronizationRule'], [], []),
    spec('Get-ADSyncConnector', ['Identifier', 'Name', 'Summary'], ['Identifier'], ['Summary'], []),
  ].map((s) => [s.name.toLowerCase(), s]),
);

/** The mandatory flow parameters; the cmdlet would prompt for them interactively. */
export const FLOW_MANDATORY = ['Destination', 'FlowType'];

export const SCOPE_CONDITION_TYPE = /(?:^|\.)ScopeCondition$/i;
export const JOIN_CONDITION_TYPE = /(?:^|\.)JoinCondition$/i;
