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
-Connector '2e8a4f60-1c3b-4d5e-9f70-8a1b2c3d4e6f' `
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
-Precedence 45 `
-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
-SourceObjectType 'user' `
-TargetObjectType 'person' `
-Connector '2e8a4f60-1c3b-4d5e-9f70-8a1b2c3d4e6f' `
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
-Expression 'IIF(IsPresent([extensionAttribute4]), [extensionAttribute4] & " - " & [physicalDeliveryOfficeName], Trim([physicalDeliveryOfficeName]))' `
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


