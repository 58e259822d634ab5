# SYNTAX TEST "source.adsync-powershell" "expressions in Config Documenter generated scripts (.ps1.txt)"

#### 'contoso.com' - 'In from AD - User Common'
#                     ^^^^^^^^^^ comment.line.powershell - meta.embedded.expression.adsync
$syncRuleName = 'In from AD - User Common'
#                ^^^^^^^^^^ string.quoted.single.powershell - meta.embedded.expression.adsync
$syncRuleId = 'c1b0ae68-6f0c-4ad7-ac54-fd8ee85c4c32'
New-ADSyncRule  `
-Name $syncRuleName `
-Identifier $syncRuleId `
-Description @'
Sets the -Expression 'IIF(x)' flows for users.
#                     ^^^ string.quoted.single.heredoc.powershell - support.function.adsync-expression meta.embedded.expression.adsync
'@ `
# <-- string.quoted.single.heredoc.powershell punctuation.definition.string.end.powershell
-Direction 'Inbound' `
-OutVariable syncRule | Out-Null

Add-ADSyncAttributeFlowMapping  `
-SynchronizationRule $syncRule[0] `
-Source @('msExchRecipientTypeDetails','sAMAccountName') `
#                                       ^^^^^^^^^^^^^^ string.quoted.single.powershell - meta.embedded.expression.adsync
-Destination 'cloudFiltered' `
-FlowType 'Expression' `
-ValueMergeType 'Update' `
-Expression 'IIF(IsPresent([isCriticalSystemObject]) || Left([sAMAccountName], 4) = "SVC_" || CBool(IIF(IsPresent([msExchRecipientTypeDetails]),BitAnd([msExchRecipientTypeDetails],&H21C07000) > 0,NULL)), True, NULL)' `
#           ^ string.quoted.single.powershell punctuation.definition.string.begin.powershell - meta.embedded.expression.adsync
#            ^^^ meta.embedded.expression.adsync support.function.adsync-expression - string.quoted.single.powershell
#                           ^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.expression.adsync variable.other.attribute.adsync-expression
#                                                       ^^^^ support.function.adsync-expression
#                                                                              ^ constant.numeric.adsync-expression
#                                                                                   ^^^^^^ string.quoted.double.adsync-expression
#                                                                                                                                                                                   ^^^^^^^^^^ constant.numeric.adsync-expression
#                                                                                                                                                                                                           ^^^^ constant.language.adsync-expression
#                                                                                                                                                                                                                      ^ string.quoted.single.powershell punctuation.definition.string.end.powershell - meta.embedded.expression.adsync
-OutVariable syncRule | Out-Null
#                       ^^^^^^^^ support.function.powershell - meta.embedded.expression.adsync

if ($syncRule[0].Disabled) { Write-Host "-Expression 'IIF(x)'" }
#                                                     ^^^ string.quoted.double.powershell - support.function.adsync-expression
