import { readFileSync } from 'node:fs';
import { fixturePath } from '../../../support/corpus';
import { readExpressionDocument, type ExpressionDocument, type ScriptDocument } from '../../../../server/src/service/expression-features/expression-document';
import { withCursor } from './cursor';

export function fixtureText(name: string): string {
  return readFileSync(fixturePath('service', name), 'utf8');
}

/** Reads a document the way the editor would hand it over (`.ps1`, language powershell, unless told otherwise). */
export function open(text: string, file = 'C:\\rules\\test.ps1', format: ScriptDocument['format'] = 'powershell'): ExpressionDocument {
  return readExpressionDocument({ file, text, format });
}

const header = (name: string, direction: 'Inbound' | 'Outbound') => [
  'New-ADSyncRule  `',
  `-Name '${name}' \``,
  "-Identifier '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' `",
  "-Description '' `",
  `-Direction '${direction}' \``,
  '-Precedence 150 `',
  "-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `",
  "-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `",
  `-SourceObjectType '${direction === 'Inbound' ? 'user' : 'person'}' \``,
  `-TargetObjectType '${direction === 'Inbound' ? 'person' : 'user'}' \``,
  "-Connector '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' `",
  "-LinkType 'Join' `",
  '-SoftDeleteExpiryInterval 0 `',
  "-ImmutableTag '' `",
  '-OutVariable syncRule',
  '',
  '',
];

const footer = ['Add-ADSyncRule  `', '-SynchronizationRule $syncRule[0]', '', '', "Get-ADSyncRule  `", "-Identifier '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d'", '', ''];

/**
 * One rule in the Rules Editor's export layout whose single flow has `expression` written exactly as
 * given: already in PowerShell form (`''` for a quote), possibly spanning lines.
 */
export function exportWithExpression(expression: string, options: { direction?: 'Inbound' | 'Outbound'; destination?: string; name?: string } = {}): string {
  const lines = [
    ...header(options.name ?? 'In from AD - User Test', options.direction ?? 'Inbound'),
    'Add-ADSyncAttributeFlowMapping  `',
    '-SynchronizationRule $syncRule[0] `',
    `-Destination '${options.destination ?? 'description'}' \``,
    "-FlowType 'Expression' `",
    "-ValueMergeType 'Update' `",
    `-Expression '${expression}' \``,
    '-OutVariable syncRule',
    '',
    '',
    ...footer,
  ];
  return lines.join('\n');
}

/** An export whose expression holds a cursor marker: the document, the cursor, and the text. */
export function exportWithCursor(markedExpression: string, options: { crlf?: boolean; direction?: 'Inbound' | 'Outbound' } = {}) {
  let marked = exportWithExpression(markedExpression, options);
  if (options.crlf) marked = marked.replace(/\r?\n/g, '\r\n');
  const { text, position } = withCursor(marked);
  return { doc: open(text), text, position };
}
