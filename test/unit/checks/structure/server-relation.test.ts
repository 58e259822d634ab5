import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { InputReading } from '../../../../server/src/model';
import { readPowerShellScript } from '../../../../server/src/formats/powershell-script';
import { placeConfigs, serverRelation, type PlacedConfig } from '../../../../server/src/checks/rules/structure/one-server';
import { skipWithoutCorpus } from '../../../support/corpus';
import { corpusReadings } from '../../../support/corpus-rules';

/**
 * Which inputs given together may be one server's: the question that keeps primary and staging copies,
 * the two sides of a Documenter report and unrelated samples from "colliding".
 */
const AD_X = '3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a';
const AD_Y = '8e7d6c5b-4a39-4281-9f0e-d1c2b3a49586';
const ENTRA = 'b891884f-051e-4a83-95af-2544101c9083';

/** A one-rule script; `connector` is written as is (a quoted GUID or a lookup by name). */
function script(file: string, rules: { name: string; id: string; connector: string }[]): InputReading {
  const text = rules
    .map((r) =>
      [
        'New-ADSyncRule  `',
        `-Name '${r.name}' \``,
        `-Identifier '${r.id}' \``,
        "-Direction 'Inbound' `",
        '-Precedence 10 `',
        "-SourceObjectType 'user' `",
        "-TargetObjectType 'person' `",
        `-Connector ${r.connector} \``,
        "-LinkType 'Join' `",
        "-ImmutableTag '' `",
        '-OutVariable syncRule',
        '',
        '',
        'Add-ADSyncRule  `',
        '-SynchronizationRule $syncRule[0]',
      ].join('\n'),
    )
    .join('\n\n\n');
  return readPowerShellScript(file, text + '\n');
}

function relation(a: InputReading, b: InputReading) {
  const [x, y] = placeConfigs([a, b]);
  return serverRelation(x, y);
}

describe('scripts', () => {
  test('two scripts naming the same AD connector are one installation', () => {
    const a = script('a.ps1', [{ name: 'Office', id: '11111111-1111-4111-8111-111111111111', connector: `'${AD_X}'` }]);
    const b = script('b.ps1', [{ name: 'Title', id: '22222222-2222-4222-8222-222222222222', connector: `'${AD_X}'` }]);
    assert.equal(relation(a, b), 'one-server');
  });

  test('the same rule on two AD connector GUIDs was moved to another installation (primary and staging)', () => {
    const a = script('primary.ps1', [{ name: 'Office', id: '11111111-1111-4111-8111-111111111111', connector: `'${AD_X}'` }]);
    const b = script('staging.ps1', [{ name: 'Office', id: '11111111-1111-4111-8111-111111111111', connector: `'${AD_Y}'` }]);
    assert.equal(relation(a, b), 'two-servers');
  });

  test('different rules on different AD connectors: two forests of one server or two servers, the files do not say', () => {
    const a = script('forest-a.ps1', [{ name: 'Office', id: '11111111-1111-4111-8111-111111111111', connector: `'${AD_X}'` }]);
    const b = script('forest-b.ps1', [{ name: 'Title', id: '22222222-2222-4222-8222-222222222222', connector: `'${AD_Y}'` }]);
    assert.equal(relation(a, b), 'unknown');
  });

  test('the Entra connector ties nothing: its GUID is the same on every server', () => {
    const a = script('a.ps1', [{ name: 'Office', id: '11111111-1111-4111-8111-111111111111', connector: `'${ENTRA}'` }]);
    const b = script('b.ps1', [{ name: 'Title', id: '22222222-2222-4222-8222-222222222222', connector: `'${ENTRA}'` }]);
    assert.equal(relation(a, b), 'unknown');
  });

  test('a connector looked up by name ties scripts by that name, in any case', () => {
    const a = script('a.ps1', [{ name: 'Office', id: '11111111-1111-4111-8111-111111111111', connector: "(Get-ADSyncConnector -Name 'Fabrikam.com').Identifier" }]);
    const b = script('b.ps1', [{ name: 'Title', id: '22222222-2222-4222-8222-222222222222', connector: "(Get-ADSyncConnector -Name 'fabrikam.com').Identifier" }]);
    assert.equal(relation(a, b), 'one-server');
  });
});

describe('server exports and Documenter reports (real corpus)', { skip: skipWithoutCorpus }, () => {
  const placed = () => placeConfigs(corpusReadings());
  const find = (all: PlacedConfig[], file: string, label?: string) => {
    const hit = all.find((p) => path.basename(p.reading.source) === file && (label === undefined || p.config.label === label));
    assert.ok(hit, `${file} ${label ?? ''} not read`);
    return hit;
  };

  test("a Documenter report's pilot and production are two servers", () => {
    const all = placed();
    const report = 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html';
    assert.equal(serverRelation(find(all, report, 'pilot'), find(all, report, 'production')), 'two-servers');
  });

  test('two server exports are two servers, or one server at two moments', () => {
    const all = placed();
    assert.equal(serverRelation(find(all, 'contoso-1.1.130'), find(all, 'contoso-1.1.130-modified')), 'two-servers');
  });

  test("the Documenter's script names the export's connector by name: one server", () => {
    const all = placed();
    assert.equal(serverRelation(find(all, 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.ps1.txt'), find(all, 'contoso-1.1.130')), 'one-server');
  });

  test("a sample script on a connector the export does not have belongs to another server", () => {
    const all = placed();
    assert.equal(serverRelation(find(all, 'sre_export_webex_out_to_ad_externalid.ps1'), find(all, 'contoso-1.1.130')), 'two-servers');
    assert.equal(serverRelation(find(all, 'sre_export_standard_rules_excerpt.ps1'), find(all, 'contoso-1.1.130')), 'two-servers');
  });
});
