New-ADSyncRule  `
-Name 'In from AD - User Title Override' `
-Identifier '8f0e2b6c-4a13-4d5e-9b7a-1c2d3e4f5a6b' `
-Description 'End-to-end fixture: a custom rule with two findings.' `
-Direction 'Inbound' `
-Precedence 150 `
-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
-SourceObjectType 'user' `
-TargetObjectType 'person' `
-Connector '0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d' `
-LinkType 'Join' `
-SoftDeleteExpiryInterval 0 `
-ImmutableTag '' `
-OutVariable syncRule


Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Destination 'title' `
-FlowType 'Expression' `
-ValueMergeType 'Update' `
-Expression 'iif(IsPresent([title]), Trim([title]), NULL)' `
-OutVariable syncRule


Add-ADSyncRule  `
-SynchronizationRule $syncRule[0]
