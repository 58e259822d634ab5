/** Small scripts in the Rules Editor's export layout (DOMAIN §2.3) for completion tests; `$0` marks the cursor. */

export const AD_CONNECTOR = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9';
export const ENTRA_CONNECTOR = 'b891884f-051e-4a83-95af-2544101c9083';

export interface RuleText {
  name: string;
  identifier: string;
  direction: 'Inbound' | 'Outbound';
  precedence: number;
  connector: string;
}

/** New-ADSyncRule with every parameter the export writes; `extra` lines go before -OutVariable. */
export function newRule(r: RuleText, extra: string[] = []): string[] {
  return [
    'New-ADSyncRule  `',
    `-Name '${r.name}' \``,
    `-Identifier '${r.identifier}' \``,
    "-Description '' `",
    `-Direction '${r.direction}' \``,
    `-Precedence ${r.precedence} \``,
    "-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `",
    "-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `",
    `-SourceObjectType '${r.direction === 'Inbound' ? 'user' : 'person'}' \``,
    `-TargetObjectType '${r.direction === 'Inbound' ? 'person' : 'user'}' \``,
    `-Connector '${r.connector}' \``,
    "-LinkType 'Join' `",
    '-SoftDeleteExpiryInterval 0 `',
    "-ImmutableTag '' `",
    ...extra,
    '-OutVariable syncRule',
    '',
    '',
  ];
}

export function commitRule(identifier: string): string[] {
  return ['Add-ADSyncRule  `', '-SynchronizationRule $syncRule[0]', '', '', 'Get-ADSyncRule  `', `-Identifier '${identifier}'`, '', ''];
}

export const inboundRule: RuleText = { name: 'In from AD - User Custom', identifier: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', direction: 'Inbound', precedence: 50, connector: AD_CONNECTOR };
export const outboundRule: RuleText = { name: 'Out to AAD - User Custom', identifier: '1b2c3d4e-5f60-4b7c-9d8e-0f1a2b3c4d5e', direction: 'Outbound', precedence: 51, connector: ENTRA_CONNECTOR };

/** Two committed rules; `middle` is inserted between them, where the test places its cursor. */
export function script(middle: string[]): string {
  return [
    ...newRule(inboundRule),
    'Add-ADSyncAttributeFlowMapping  `',
    '-SynchronizationRule $syncRule[0] `',
    "-Source @('givenName') `",
    "-Destination 'givenName' `",
    "-FlowType 'Expression' `",
    "-ValueMergeType 'Update' `",
    "-Expression 'Trim([givenName])' `",
    '-OutVariable syncRule',
    '',
    '',
    ...commitRule(inboundRule.identifier),
    ...middle,
    ...newRule(outboundRule),
    ...commitRule(outboundRule.identifier),
  ].join('\n');
}
