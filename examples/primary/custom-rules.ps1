New-ADSyncRule  `
-Name 'In from AD - User EmployeeType Contractor Filter' `
-Identifier '5b0e9a4c-2f7d-4c1e-9d3a-8e6f1a2b3c4d' `
-Description 'Keeps contractor accounts without a manager out of Entra ID.' `
-Direction 'Inbound' `
-Precedence 40 `
-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
-SourceObjectType 'user' `
-TargetObjectType 'person' `
-Connector '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' `
-LinkType 'Join' `
-SoftDeleteExpiryInterval 0 `
-ImmutableTag '' `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Source @('employeeType','manager') `
-Destination 'cloudFiltered' `
-FlowType 'Expression' `
-ValueMergeType 'Update' `
-Expression 'IIF([employeeType] = "Contractor" && IsNullOrEmpty([manager]), True, NULL)' `
-OutVariable syncRule


New-Object  `
-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `
-ArgumentList 'employeeType','Contractor','EQUAL' `
-OutVariable condition0


Add-ADSyncScopeConditionGroup  `
-SynchronizationRule $syncRule[0] `
-ScopeConditions @($condition0[0]) `
-OutVariable syncRule


Add-ADSyncRule  `
-SynchronizationRule $syncRule[0]


Get-ADSyncRule  `
-Identifier '5b0e9a4c-2f7d-4c1e-9d3a-8e6f1a2b3c4d'


New-ADSyncRule  `
-Name 'In from AD - User Office Location' `
-Identifier 'a3f1c7d2-9b8e-4f6a-b5c4-d3e2f1a0b9c8' `
-Description 'Builds the office location from site code and building.' `
-Direction 'Inbound' `
-Precedence 41 `
-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
-SourceObjectType 'user' `
-TargetObjectType 'person' `
-Connector '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' `
-LinkType 'Join' `
-SoftDeleteExpiryInterval 0 `
-ImmutableTag '' `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Source @('extensionAttribute4','physicalDeliveryOfficeName') `
-Destination 'physicalDeliveryOfficeName' `
-FlowType 'Expression' `
-ValueMergeType 'Update' `
-Expression 'IIF(IsPresent([extensionAttribute4]), [extensionAttribute4] & " - " & Trim([physicalDeliveryOfficeName]), Trim([physicalDeliveryOfficeName]))' `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Source @('Fabrikam Ltd') `
-Destination 'company' `
-FlowType 'Constant' `
-ValueMergeType 'Update' `
-OutVariable syncRule


Add-ADSyncRule  `
-SynchronizationRule $syncRule[0]


Get-ADSyncRule  `
-Identifier 'a3f1c7d2-9b8e-4f6a-b5c4-d3e2f1a0b9c8'


New-ADSyncRule  `
-Name 'Out to AAD - User Do Not Sync Fax' `
-Identifier 'e6d5c4b3-a291-4807-96f5-e4d3c2b1a098' `
-Description 'Stops the fax number from reaching Entra ID.' `
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


New-Object  `
-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `
-ArgumentList 'sourceObjectType','User','EQUAL' `
-OutVariable condition0


New-Object  `
-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `
-ArgumentList 'cloudMastered','true','NOTEQUAL' `
-OutVariable condition1


Add-ADSyncScopeConditionGroup  `
-SynchronizationRule $syncRule[0] `
-ScopeConditions @($condition0[0],$condition1[0]) `
-OutVariable syncRule


Add-ADSyncRule  `
-SynchronizationRule $syncRule[0]


Get-ADSyncRule  `
-Identifier 'e6d5c4b3-a291-4807-96f5-e4d3c2b1a098'


