import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument } from '../../../../server/src/service/validate';
import { judged } from './support';

/** A Documenter-style script names the connector, not its GUID; the Entra connector's name ends in "- AAD". */
function script(connectorName: string): string {
  return [
    `$connectorName = '${connectorName}'`,
    '$connectorId = [string](Get-ADSyncConnector -Name $connectorName).Identifier',
    '',
    'New-ADSyncRule `',
    "-Name 'Out to AAD - User Anchor From HR' `",
    "-Direction 'Outbound' `",
    "-SourceObjectType 'person' `",
    "-TargetObjectType 'user' `",
    '-Connector $connectorId `',
    "-LinkType 'Join' `",
    "-ImmutableTag '' `",
    '-OutVariable syncRule | Out-Null',
    '',
    'Add-ADSyncAttributeFlowMapping `',
    '-SynchronizationRule $syncRule[0] `',
    "-Source @('employeeID') `",
    "-Destination 'sourceAnchor' `",
    "-FlowType 'Direct' `",
    "-ValueMergeType 'Update' `",
    '-OutVariable syncRule | Out-Null',
    '',
    'Add-ADSyncRule -SynchronizationRule $syncRule[0] | Out-Null',
    '',
  ].join('\n');
}

describe('AADC007 knows the Entra connector by name too', () => {
  test('"<tenant> - AAD" is the Entra connector', () => {
    const found = judged(validateDocument('toggle.ps1', script('fabrikam.onmicrosoft.com - AAD'), 'powershell'));
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['AADC007', 16]]);
  });

  test('an AD connector name is not', () => {
    assert.deepEqual(judged(validateDocument('toggle.ps1', script('fabrikam.com'), 'powershell')), []);
  });
});
