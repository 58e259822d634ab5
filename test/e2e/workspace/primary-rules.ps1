New-ADSyncRule  `
-Name 'In from AD - User Title' `
-Identifier '1d0f5e2a-3b4c-4d5e-8f60-718293a4b5c6' `
-Description 'Trims the job title.' `
-Direction 'Inbound' `
-Precedence 40 `
-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
-SourceObjectType 'user' `
-TargetObjectType 'person' `
-Connector '3f2a1b0c-9d8e-4f70-a615-243b5c6d7e8f' `
-LinkType 'Join' `
-SoftDeleteExpiryInterval 0 `
-ImmutableTag '' `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Destination 'title' `
-FlowType 'Expression' `
-ValueMergeType 'Update' `
-Expression 'Trim([title])' `
-OutVariable syncRule


New-Object  `
-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `
-ArgumentList 'employeeType','Employee','EQUAL' `
-OutVariable condition0


New-Object  `
-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `
-ArgumentList 'isCriticalSystemObject','true','NOTEQUAL' `
-OutVariable condition1


Add-ADSyncScopeConditionGroup  `
-SynchronizationRule $syncRule[0] `
-ScopeConditions @($condition0[0],$condition1[0]) `
-OutVariable syncRule


Add-ADSyncRule  `
-SynchronizationRule $syncRule[0]


Get-ADSyncRule  `
-Identifier '1d0f5e2a-3b4c-4d5e-8f60-718293a4b5c6'


New-ADSyncRule  `
-Name 'In from AD - User Office' `
-Identifier '2e1a6f3b-4c5d-4e6f-9071-8293a4b5c6d7' `
-Description 'Office location, "HQ" when empty.' `
-Direction 'Inbound' `
-Precedence 41 `
-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
-SourceObjectType 'user' `
-TargetObjectType 'person' `
-Connector '3f2a1b0c-9d8e-4f70-a615-243b5c6d7e8f' `
-LinkType 'Join' `
-SoftDeleteExpiryInterval 0 `
-ImmutableTag '' `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Destination 'physicalDeliveryOfficeName' `
-FlowType 'Expression' `
-ValueMergeType 'Update' `
-Expression 'IIF(IsPresent([physicalDeliveryOfficeName]), Trim([physicalDeliveryOfficeName]), "HQ")' `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Source @('company') `
-Destination 'company' `
-FlowType 'Direct' `
-ValueMergeType 'Update' `
-OutVariable syncRule


Add-ADSyncRule  `
-SynchronizationRule $syncRule[0]


Get-ADSyncRule  `
-Identifier '2e1a6f3b-4c5d-4e6f-9071-8293a4b5c6d7'


New-ADSyncRule  `
-Name 'In from AD - User Common' `
-Identifier '3f2b7a4c-5d6e-4f70-a182-93a4b5c6d7e8' `
-Description '' `
-Direction 'Inbound' `
-Precedence 104 `
-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
-SourceObjectType 'user' `
-TargetObjectType 'person' `
-Connector '3f2a1b0c-9d8e-4f70-a615-243b5c6d7e8f' `
-LinkType 'Join' `
-SoftDeleteExpiryInterval 0 `
-ImmutableTag 'Microsoft.InfromADUserCommon.004' `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Destination 'department' `
-FlowType 'Expression' `
-ValueMergeType 'Update' `
-Expression 'Trim([department])' `
-OutVariable syncRule


New-Object  `
-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `
-ArgumentList 'adminDescription','User_','NOTSTARTSWITH' `
-OutVariable condition0


Add-ADSyncScopeConditionGroup  `
-SynchronizationRule $syncRule[0] `
-ScopeConditions @($condition0[0]) `
-OutVariable syncRule


New-Object  `
-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' `
-ArgumentList 'objectGUID','sourceObjectGUID',$false `
-OutVariable condition0


Add-ADSyncJoinConditionGroup  `
-SynchronizationRule $syncRule[0] `
-JoinConditions @($condition0[0]) `
-OutVariable syncRule


Add-ADSyncRule  `
-SynchronizationRule $syncRule[0]


Get-ADSyncRule  `
-Identifier '3f2b7a4c-5d6e-4f70-a182-93a4b5c6d7e8'


New-ADSyncRule  `
-Name 'Out to AAD - User DynamicsCRM' `
-Identifier '4a3c8b5d-6e7f-4081-b293-a4b5c6d7e8f9' `
-Description '' `
-Direction 'Outbound' `
-Precedence 115 `
-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
-SourceObjectType 'person' `
-TargetObjectType 'user' `
-Connector 'b891884f-051e-4a83-95af-2544101c9083' `
-LinkType 'Join' `
-SoftDeleteExpiryInterval 0 `
-ImmutableTag 'Microsoft.OutToAADUserDynamicsCRM.001' `
-Disabled  `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Source @('mail') `
-Destination 'mail' `
-FlowType 'Direct' `
-ValueMergeType 'Update' `
-OutVariable syncRule


Add-ADSyncRule  `
-SynchronizationRule $syncRule[0]


Get-ADSyncRule  `
-Identifier '4a3c8b5d-6e7f-4081-b293-a4b5c6d7e8f9'


New-ADSyncRule  `
-Name 'Out to AAD - User Fax' `
-Identifier '5b4d9c6e-7f80-4192-83a4-b5c6d7e8f9a0' `
-Description 'Stops fax numbers.' `
-Direction 'Outbound' `
-Precedence 42 `
-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
-SourceObjectType 'person' `
-TargetObjectType 'user' `
-Connector 'b891884f-051e-4a83-95af-2544101c9083' `
-LinkType 'Join' `
-SoftDeleteExpiryInterval 0 `
-ImmutableTag '' `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Destination 'facsimileTelephoneNumber' `
-FlowType 'Expression' `
-ValueMergeType 'Update' `
-Expression 'AuthoritativeNull' `
-OutVariable syncRule


Add-ADSyncRule  `
-SynchronizationRule $syncRule[0]


Get-ADSyncRule  `
-Identifier '5b4d9c6e-7f80-4192-83a4-b5c6d7e8f9a0'
