# SYNTAX TEST "source.powershell" "sync-rule expressions inside -Expression arguments (SRE export shapes)"

# Out-of-box sourceAnchor flow: functions, attribute refs with '-', the closing quote keeps PowerShell's scopes.
Add-ADSyncAttributeFlowMapping  `
# <------------------------------ support.function.powershell
-SynchronizationRule $syncRule[0] `
-Source @('mS-DS-ConsistencyGuid','objectGUID') `
#          ^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.powershell - meta.embedded.expression.adsync variable.other.attribute.adsync-expression
#         ^ string.quoted.single.powershell punctuation.definition.string.begin.powershell
-Destination 'sourceAnchor' `
#             ^^^^^^^^^^^^ string.quoted.single.powershell - meta.embedded.expression.adsync
-FlowType 'Expression' `
#          ^^^^^^^^^^ string.quoted.single.powershell - meta.embedded.expression.adsync support.function.adsync-expression
-ValueMergeType 'Update' `
-Expression 'IIF(IsPresent([mS-DS-ConsistencyGuid]),[mS-DS-ConsistencyGuid],[objectGUID])' `
#           ^ string.quoted.single.powershell punctuation.definition.string.begin.powershell - meta.embedded.expression.adsync
#            ^^^ meta.embedded.expression.adsync support.function.adsync-expression - string.quoted.single.powershell
#               ^ meta.embedded.expression.adsync punctuation.section.parens.begin.adsync-expression - string.quoted.single.powershell
#                ^^^^^^^^^ meta.embedded.expression.adsync support.function.adsync-expression
#                          ^ meta.embedded.expression.adsync variable.other.attribute.adsync-expression punctuation.definition.attribute.begin.adsync-expression
#                           ^^^^^^^^^^^^^^^^^^^^^ meta.embedded.expression.adsync variable.other.attribute.adsync-expression - string.quoted.single.powershell
#                                                ^ meta.embedded.expression.adsync variable.other.attribute.adsync-expression punctuation.definition.attribute.end.adsync-expression
#                                                  ^ meta.embedded.expression.adsync punctuation.separator.comma.adsync-expression - string.quoted.single.powershell
#                                                                            ^^^^^^^^^^ meta.embedded.expression.adsync variable.other.attribute.adsync-expression
#                                                                                       ^ meta.embedded.expression.adsync punctuation.section.parens.end.adsync-expression
#                                                                                        ^ string.quoted.single.powershell punctuation.definition.string.end.powershell - meta.embedded.expression.adsync
#                                                                                          ^ keyword.operator.other.powershell - meta.embedded.expression.adsync
-OutVariable syncRule
#            ^^^^^^^^ - meta.embedded.expression.adsync


# String literals and backslash escapes, %Parameter%, hex numbers, operators, constants.
-Expression 'Replace([cloudAnchor],"User_","")' `
#            ^^^^^^^ meta.embedded.expression.adsync support.function.adsync-expression
#                                  ^^^^^^^ meta.embedded.expression.adsync string.quoted.double.adsync-expression
#                                  ^ punctuation.definition.string.begin.adsync-expression
#                                       ^ string.quoted.double.adsync-expression - constant.character.escape.adsync-expression
#                                          ^^ string.quoted.double.adsync-expression
-Expression '%Connector.ID%' `
#            ^ meta.embedded.expression.adsync variable.parameter.adsync-expression punctuation.definition.variable.begin.adsync-expression
#             ^^^^^^^^^^^^ meta.embedded.expression.adsync variable.parameter.adsync-expression
#                         ^ variable.parameter.adsync-expression punctuation.definition.variable.end.adsync-expression
-Expression 'IIF(IsPresent([userPrincipalName]),[userPrincipalName], IIF(IsPresent([sAMAccountName]),([sAMAccountName]&"@"&%Domain.FQDN%),Error("AccountName is not present")))' `
#                                                                                                                     ^ meta.embedded.expression.adsync keyword.operator.adsync-expression - constant.numeric.adsync-expression
#                                                                                                                      ^^^ meta.embedded.expression.adsync string.quoted.double.adsync-expression
#                                                                                                                          ^^^^^^^^^^^^^ meta.embedded.expression.adsync variable.parameter.adsync-expression
#                                                                                                                                         ^^^^^ meta.embedded.expression.adsync support.function.adsync-expression
#                                                                                                                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.adsync-expression - support.function.adsync-expression constant.language.adsync-expression
-Expression 'CBool(IIF(IsPresent([msExchRecipientTypeDetails]),BitAnd([msExchRecipientTypeDetails],&H21C07000) > 0,NULL)) || CBool(InStr(DNComponent(CRef([dn]),1),"\\0ACNF:")>0)' `
#                                                                                                  ^^^^^^^^^^ meta.embedded.expression.adsync constant.numeric.adsync-expression - keyword.operator.adsync-expression
#                                                                                                              ^ keyword.operator.adsync-expression
#                                                                                                                ^ constant.numeric.adsync-expression
#                                                                                                                  ^^^^ meta.embedded.expression.adsync constant.language.adsync-expression
#                                                                                                                         ^^ meta.embedded.expression.adsync keyword.operator.adsync-expression
#                                                                                                                                        ^^^^^^^^^^^ support.function.adsync-expression
#                                                                                                                                                         ^^^^ variable.other.attribute.adsync-expression
#                                                                                                                                                               ^ constant.numeric.adsync-expression
#                                                                                                                                                                   ^^ string.quoted.double.adsync-expression constant.character.escape.adsync-expression
#                                                                                                                                                                     ^^^^^^ string.quoted.double.adsync-expression - constant.character.escape.adsync-expression constant.numeric.adsync-expression
#                                                                                                                                                                             ^ keyword.operator.adsync-expression
-Expression 'IIF((IsPresent([reasonFiltered]) = True) && (InStr([reasonFiltered], "SoftDelete") > 0), "DeleteThisGroupInAD", [reasonFiltered])' `
#                                             ^ keyword.operator.adsync-expression
#                                               ^^^^ constant.language.adsync-expression
#                                                     ^^ keyword.operator.adsync-expression
#                                                         ^^^^^ support.function.adsync-expression
-Expression 'AuthoritativeNull' `
#            ^^^^^^^^^^^^^^^^^ meta.embedded.expression.adsync constant.language.adsync-expression
-Expression 'IIF(IsNullOrEmpty([extensionAttribute1]), IgnoreThisFlow, CRLF & [extensionAttribute1])' `
#                ^^^^^^^^^^^^^ support.function.adsync-expression
#                               ^^^^^^^^^^^^^^^^^^^ variable.other.attribute.adsync-expression - constant.numeric.adsync-expression
#                                                      ^^^^^^^^^^^^^^ constant.language.adsync-expression
#                                                                      ^^^^ constant.language.adsync-expression
#                                                                           ^ keyword.operator.adsync-expression


# Enum words, $item variables, arithmetic.
-Expression 'Contains([proxyAddresses],"SMTP:",CaseInsensitive) + InStr([mail],"@",1,vbTextCompare) - 1' `
#                                              ^^^^^^^^^^^^^^^ meta.embedded.expression.adsync constant.other.enum.adsync-expression
#                                                                                    ^^^^^^^^^^^^^ constant.other.enum.adsync-expression
#                                                               ^ keyword.operator.adsync-expression
#                                                                                                   ^ keyword.operator.adsync-expression
#                                                                                                     ^ constant.numeric.adsync-expression
-Expression 'Join(Where($item,[proxyAddresses],Left($item,4)="SIP:"),";")' `
#                 ^^^^^ support.function.adsync-expression
#                       ^^^^^ meta.embedded.expression.adsync variable.other.item.adsync-expression
#                       ^ variable.other.item.adsync-expression punctuation.definition.variable.adsync-expression
#                                                    ^^^^ variable.other.item.adsync-expression
#                                                           ^ keyword.operator.adsync-expression
-Expression 'ConvertFromBase64([userCertificate],UTF8)' `
#                                                ^^^^ constant.other.enum.adsync-expression - constant.numeric.adsync-expression


# A doubled quote '' is one ' of the expression; the argument ends only at a lone quote.
-Expression 'IIF([sn] = "O''Brien", "Mc''" & [sn], [sn])' -Destination 'sn'
#                         ^^ meta.embedded.expression.adsync string.quoted.double.adsync-expression constant.character.escape.powershell
#                           ^^^^^ string.quoted.double.adsync-expression
#                                      ^^ string.quoted.double.adsync-expression constant.character.escape.powershell
#                                          ^ keyword.operator.adsync-expression
#                                                  ^^^^ variable.other.attribute.adsync-expression
#                                                       ^ string.quoted.single.powershell punctuation.definition.string.end.powershell
#                                                          ^^^^^^^^^^^ - meta.embedded.expression.adsync
#                                                                       ^^ string.quoted.single.powershell - meta.embedded.expression.adsync variable.other.attribute.adsync-expression
-Expression '''' `
#            ^^ meta.embedded.expression.adsync constant.character.escape.powershell
#              ^ string.quoted.single.powershell punctuation.definition.string.end.powershell


# Multi-line expression (the standard sourceAnchorBinary flow starts with a newline and indentation).
-Expression '
#           ^ string.quoted.single.powershell punctuation.definition.string.begin.powershell
      IIF(IsPresent([msExchRecipientTypeDetails]),
#     ^^^ meta.embedded.expression.adsync support.function.adsync-expression - string.quoted.single.powershell
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.expression.adsync variable.other.attribute.adsync-expression
          IIF([msExchRecipientTypeDetails]=2,NULL,
#                                         ^ keyword.operator.adsync-expression
#                                          ^ constant.numeric.adsync-expression
#                                            ^^^^ constant.language.adsync-expression
              IIF(IsPresent([mS-DS-ConsistencyGuid]),[mS-DS-ConsistencyGuid],[objectGUID])),
#                 ^^^^^^^^^ meta.embedded.expression.adsync support.function.adsync-expression
          NULL)
#         ^^^^ meta.embedded.expression.adsync constant.language.adsync-expression - string.quoted.single.powershell
      ' `
#     ^ string.quoted.single.powershell punctuation.definition.string.end.powershell - meta.embedded.expression.adsync
-OutVariable syncRule
#^^^^^^^^^^^ - meta.embedded.expression.adsync


# Not expressions: other parameters, other commands, comments, double-quoted PowerShell strings.
-Name 'IIF(x)' `
#      ^^^ string.quoted.single.powershell - meta.embedded.expression.adsync support.function.adsync-expression
-Description 'Join([a],";")' `
#             ^^^^ string.quoted.single.powershell - support.function.adsync-expression
#                  ^^^ string.quoted.single.powershell - variable.other.attribute.adsync-expression
-ExpressionType 'IIF(x)' `
#                ^^^ string.quoted.single.powershell - support.function.adsync-expression
Invoke-Expression 'Get-Date' ; Invoke-Expression -Command 'IIF(x)'
#                  ^^^^^^^^ string.quoted.single.powershell - meta.embedded.expression.adsync
#                                                          ^^^ string.quoted.single.powershell - support.function.adsync-expression
# -Expression 'IIF(x)'
#              ^^^ comment.line.powershell - support.function.adsync-expression
Write-Host "-Expression 'IIF(x)'"
#                        ^^^ string.quoted.double.powershell - support.function.adsync-expression


# Other placements: indented, one-line command, -Expression:'…', a typographic quote, case-insensitive name.
    -Expression 'Trim([mail])' `
#                ^^^^ meta.embedded.expression.adsync support.function.adsync-expression
Add-ADSyncAttributeFlowMapping -SynchronizationRule $syncRule[0] -Expression 'LCase([mail])' -Destination 'mail' -FlowType 'Expression'
#                                                                             ^^^^^ support.function.adsync-expression
#                                                                                                          ^^^^ string.quoted.single.powershell - meta.embedded.expression.adsync
#                                                                                                                           ^^^^^^^^^^ string.quoted.single.powershell - support.function.adsync-expression
-Expression:'UCase([sn])' `
#            ^^^^^ support.function.adsync-expression
-expression ‘PCase([givenName])’ `
#           ^ punctuation.definition.string.begin.powershell
#            ^^^^^ support.function.adsync-expression
#                              ^ punctuation.definition.string.end.powershell - meta.embedded.expression.adsync


# An unterminated expression string literal stops at the quote that closes the PowerShell string.
-Expression 'Left("abc, 1)' -Destination 'displayName'
#                  ^^^^^^^ string.quoted.double.adsync-expression
#                         ^ string.quoted.single.powershell punctuation.definition.string.end.powershell - string.quoted.double.adsync-expression
#                                         ^^^^^^^^^^^ string.quoted.single.powershell - meta.embedded.expression.adsync string.quoted.double.adsync-expression


# Here-string argument.
-Expression @'
#           ^^ punctuation.definition.string.begin.powershell
IIF(IsPresent([mail]), "it's " & [mail], NULL)
# <--- meta.embedded.expression.adsync support.function.adsync-expression - string.quoted.single.heredoc.powershell
#                       ^^^^^ string.quoted.double.adsync-expression - constant.character.escape.powershell
#                                        ^^^^ constant.language.adsync-expression
'@
# <-- punctuation.definition.string.end.powershell - meta.embedded.expression.adsync
-Description @'
IIF(x)
# <--- string.quoted.single.heredoc.powershell - support.function.adsync-expression
'@
