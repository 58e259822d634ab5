/** What may start a statement of a sync-rule script, with what it does. */
export interface CommandName {
  label: string;
  /** What the item inserts: the cmdlet name, or for New-Object the name with its type. */
  insert: string;
  detail: string;
}

const OBJECT_MODEL = 'Microsoft.IdentityManagement.PowerShell.ObjectModel';
export const SCOPE_CONDITION_TYPE_NAME = `${OBJECT_MODEL}.ScopeCondition`;
export const JOIN_CONDITION_TYPE_NAME = `${OBJECT_MODEL}.JoinCondition`;

/** In the order the Rules Editor writes a rule (DOMAIN §2.2), then the cmdlets around it. */
export const COMMAND_NAMES: readonly CommandName[] = [
  { label: 'New-ADSyncRule', insert: 'New-ADSyncRule', detail: 'Starts a sync rule (-OutVariable syncRule)' },
  { label: 'Add-ADSyncAttributeFlowMapping', insert: 'Add-ADSyncAttributeFlowMapping', detail: 'Adds an attribute flow to $syncRule[0]' },
  { label: 'New-Object ScopeCondition', insert: `New-Object -TypeName '${SCOPE_CONDITION_TYPE_NAME}'`, detail: "A scope condition: -ArgumentList 'attr','value','OPERATOR'" },
  { label: 'Add-ADSyncScopeConditionGroup', insert: 'Add-ADSyncScopeConditionGroup', detail: 'Adds a scope group (conditions ANDed, groups ORed)' },
  { label: 'New-Object JoinCondition', insert: `New-Object -TypeName '${JOIN_CONDITION_TYPE_NAME}'`, detail: "A join condition: -ArgumentList 'csAttr','mvAttr',$false" },
  { label: 'Add-ADSyncJoinConditionGroup', insert: 'Add-ADSyncJoinConditionGroup', detail: 'Adds a join group (conditions ANDed, groups ORed)' },
  { label: 'Add-ADSyncRule', insert: 'Add-ADSyncRule', detail: 'Saves the rule on the server (an upsert by Identifier)' },
  { label: 'Get-ADSyncRule', insert: 'Get-ADSyncRule', detail: 'Reads a rule by -Identifier' },
  { label: 'Remove-ADSyncRule', insert: 'Remove-ADSyncRule', detail: 'Deletes a rule (-Identifier or -SynchronizationRule)' },
  { label: 'Get-ADSyncConnector', insert: 'Get-ADSyncConnector', detail: 'Reads a connector (-Name gives its Identifier)' },
];
