import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { isStandardRule, type InputReading } from '../../../server/src/model';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';
import { ruleNamed, textAt, totals } from '../../support/model';

function read(...parts: string[]): InputReading {
  const file = corpusPath(...parts);
  return readPowerShellScript(file, fs.readFileSync(file, 'utf8'));
}

/** What a correct reading of each real script finds (counted independently with grep over the files). */
const EXPECTED: Record<string, { format: string; rules: number; flows: number; scopeGroups: number; joinGroups: number; standard: number }> = {
  'sre-exports/sre_export_standard_rules_excerpt.ps1': { format: 'sre-export', rules: 9, flows: 171, scopeGroups: 7, joinGroups: 7, standard: 9 },
  'sre-exports/sre_export_timmcmic_EnableCloudAnchor_samples.ps1': { format: 'sre-export', rules: 6, flows: 5, scopeGroups: 0, joinGroups: 0, standard: 0 },
  'sre-exports/sre_export_webex_out_to_ad_externalid.ps1': { format: 'sre-export', rules: 1, flows: 1, scopeGroups: 1, joinGroups: 0, standard: 0 },
  'sre-exports/sre_export_msdocs_modify_group_writeback_delete_rule.ps1': { format: 'sre-export', rules: 1, flows: 1, scopeGroups: 1, joinGroups: 1, standard: 0 },
  'sre-exports/sre_export_msdocs_cloudsync_migrate_group_writeback.ps1': { format: 'sre-export', rules: 2, flows: 1, scopeGroups: 2, joinGroups: 0, standard: 0 },
  'sre-exports/sre_export_derived_teams_lync_override_functions.ps1': { format: 'sre-export', rules: 2, flows: 9, scopeGroups: 1, joinGroups: 0, standard: 0 },
  'documenter/Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.ps1.txt': { format: 'documenter-script', rules: 1, flows: 1, scopeGroups: 1, joinGroups: 5, standard: 0 },
  'documenter/Contoso_Pilot_AppliedTo_Contoso_Production_AADConnectSync_report.ps1.txt': { format: 'documenter-script', rules: 0, flows: 0, scopeGroups: 0, joinGroups: 0, standard: 0 },
};

describe('every real PowerShell file reads completely, with no false finding', { skip: skipWithoutCorpus }, () => {
  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(file, () => {
      const reading = read(...file.split('/'));
      assert.equal(reading.format, expected.format);
      assert.deepEqual(reading.diagnostics, [], 'no diagnostic at all on a real file');
      const rules = reading.configs[0].rules;
      assert.deepEqual(totals(rules), { rules: expected.rules, flows: expected.flows, scopeGroups: expected.scopeGroups, joinGroups: expected.joinGroups });
      assert.equal(rules.filter(isStandardRule).length, expected.standard);
      assert.ok(rules.every((r) => r.committed), 'every rule is added with Add-ADSyncRule');
    });
  }
});

describe('values match the Rules Editor export, with ranges on the exact characters', { skip: skipWithoutCorpus }, () => {
  const file = corpusPath('sre-exports', 'sre_export_standard_rules_excerpt.ps1');
  const reading = read('sre-exports', 'sre_export_standard_rules_excerpt.ps1');
  const userJoin = () => ruleNamed(reading, 'In from AD - User Join');

  it('rule properties', () => {
    const r = userJoin();
    assert.equal(r.identifier.value, '633c9cc8-9a74-4912-92d0-f93fae31d89a');
    assert.equal(textAt(file, r.identifier.range), '633c9cc8-9a74-4912-92d0-f93fae31d89a');
    assert.equal(r.direction.value, 'Inbound');
    assert.equal(r.precedence.value, 100);
    assert.equal(textAt(file, r.precedence.range), '100');
    assert.equal(r.connector.id.value, '093c3526-55a5-4de9-9005-186fd0a6a849');
    assert.equal(r.sourceObjectType.value, 'user');
    assert.equal(r.targetObjectType.value, 'person');
    assert.equal(r.linkType.value, 'Provision');
    assert.equal(r.immutableTag.value, 'Microsoft.InfromADUserJoin.004');
    assert.equal(textAt(file, r.immutableTag.range), 'Microsoft.InfromADUserJoin.004');
    assert.equal(r.description.value, '');
    assert.equal(r.precedenceAfter.value, '00000000-0000-0000-0000-000000000000');
    assert.equal(r.softDeleteExpiryInterval.value, '00:00:00');
    assert.equal(r.disabled.value, false);
    assert.equal(textAt(file, r.selectionRange), 'In from AD - User Join');
    assert.match(textAt(file, r.range), /^New-ADSyncRule {2}`[\s\S]*Get-ADSyncRule {2}`\s+-Identifier '633c9cc8-9a74-4912-92d0-f93fae31d89a'$/);
  });

  it('flows, scope and join conditions', () => {
    const r = userJoin();
    const anchor = r.flows.find((f) => f.destination.value === 'sourceAnchorBinary')!;
    assert.deepEqual(anchor.sources.value, ['objectGUID', 'mS-DS-ConsistencyGuid']);
    assert.equal(textAt(file, anchor.sources.range), "@('objectGUID','mS-DS-ConsistencyGuid')");
    assert.equal(anchor.flowType.value, 'Expression');
    assert.equal(anchor.valueMergeType.value, 'Update');
    assert.equal(anchor.expression.value, 'IIF(IsPresent([mS-DS-ConsistencyGuid]),[mS-DS-ConsistencyGuid],[objectGUID])');
    assert.equal(textAt(file, anchor.expression.range), anchor.expression.value);
    assert.equal(anchor.executeOnce.value, false);
    assert.deepEqual(
      r.scopeGroups.map((g) => g.conditions.map((c) => [c.attribute.value, c.operator.value, c.value.value])),
      [[['isCriticalSystemObject', 'NOTEQUAL', 'TRUE'], ['adminDescription', 'NOTSTARTSWITH', 'User_']]],
    );
    assert.equal(textAt(file, r.scopeGroups[0].conditions[1].operator.range), 'NOTSTARTSWITH');
    assert.deepEqual(
      r.joinGroups.map((g) => g.conditions.map((c) => [c.csAttribute.value, c.mvAttribute.value, c.caseSensitive.value])),
      [[['mS-DS-ConsistencyGuid', 'sourceAnchorBinary', false]], [['objectGUID', 'sourceAnchorBinary', false]]],
    );
    assert.equal(textAt(file, r.joinGroups[1].conditions[0].caseSensitive.range), '$false');
  });

  it('password sync switch and constant flows', () => {
    const r = ruleNamed(reading, 'In from AD - User AccountEnabled');
    assert.equal(r.enablePasswordSync.value, true);
    assert.equal(textAt(file, r.enablePasswordSync.range), '-EnablePasswordSync');
    assert.equal(userJoin().enablePasswordSync.value, false);
    const constant = r.flows.find((f) => f.flowType.value === 'Constant')!;
    assert.ok(constant, 'a Constant flow');
    assert.equal(constant.expression.value, null);
    assert.equal(constant.sources.value.length, 1);
  });

  it('a multi-line expression keeps its line breaks and maps to its characters', () => {
    const multiLine = reading.configs[0].rules.flatMap((r) => r.flows).filter((f) => (f.expression.value ?? '').includes('\n'));
    assert.ok(multiLine.length > 0, 'the export holds multi-line expressions');
    for (const f of multiLine) assert.equal(textAt(file, f.expression.range), f.expression.value!.replace(/'/g, "''"));
  });

  it('the AD connector and the Entra connector are both named by GUID', () => {
    assert.deepEqual(
      reading.configs[0].connectors.map((c) => c.id).sort(),
      ['093c3526-55a5-4de9-9005-186fd0a6a849', 'b891884f-051e-4a83-95af-2544101c9083'],
    );
  });
});

describe('hand-pasted variants: variables, functions, disabled rules', { skip: skipWithoutCorpus }, () => {
  it('[int] $x = 88 … -Precedence $x resolves; $connectorAD.Identifier stays unresolved with its name', () => {
    const file = corpusPath('sre-exports', 'sre_export_msdocs_cloudsync_migrate_group_writeback.ps1');
    const reading = read('sre-exports', 'sre_export_msdocs_cloudsync_migrate_group_writeback.ps1');
    const inbound = ruleNamed(reading, 'In from AAD - Group SOAinAAD coexistence with Cloud Sync');
    assert.equal(inbound.precedence.value, 88);
    assert.equal(textAt(file, inbound.precedence.range), '$inboundSyncRulePrecedence');
    assert.deepEqual(inbound.flows[0].sources.value, ['true']);
    assert.equal(inbound.flows[0].flowType.value, 'Constant');
    assert.deepEqual(inbound.scopeGroups[0].conditions.map((c) => c.value.value), ['true', '']);
    const outbound = ruleNamed(reading, 'Out to AD - Group SOAinAAD coexistence with Cloud Sync');
    assert.equal(outbound.precedence.value, 89);
    assert.equal(outbound.linkType.value, 'JoinNoFlow');
    assert.equal(outbound.connector.id.value, null);
    assert.equal(outbound.connector.id.unresolved, '$connectorAD.Identifier');
    assert.equal(outbound.connector.name.value, 'Contoso.com');
  });

  it('a precedence read from the console stays unresolved, not guessed', () => {
    const r = read('sre-exports', 'sre_export_msdocs_modify_group_writeback_delete_rule.ps1').configs[0].rules[0];
    assert.equal(r.precedence.value, null);
    assert.equal(r.precedence.unresolved, '$precedenceValue');
    assert.equal(r.joinGroups[0].conditions[0].csAttribute.value, 'cloudAnchor');
    assert.match(r.flows[0].expression.value!, /^IIF\(\(IsPresent\(\[reasonFiltered\]\) = True\) && /);
  });

  it('rules inside function bodies are read, with the function parameter unresolved', () => {
    const reading = read('sre-exports', 'sre_export_derived_teams_lync_override_functions.ps1');
    const lync = ruleNamed(reading, 'In from AD - User Lync - Teams override');
    assert.equal(lync.precedence.unresolved, '$precedence');
    assert.equal(lync.flows.length, 8);
    assert.equal(lync.flows.filter((f) => f.expression.value === 'AuthoritativeNull').length, 6);
    assert.equal(ruleNamed(reading, 'In from AD - User proxyaddress - Teams override').description.value, ' AD - ProxyAddress  override for teams');
  });

  it('-Disabled marks exactly the three revert rules', () => {
    const reading = read('sre-exports', 'sre_export_timmcmic_EnableCloudAnchor_samples.ps1');
    assert.deepEqual(
      reading.configs[0].rules.filter((r) => r.disabled.value).map((r) => r.name.value),
      [
        'Out to AD - User Write CloudAnchor (Revert WriteBack)',
        'Out to AD - Contact Write CloudAnchor (Revert WriteBack)',
        'Out to AD - Group Write CloudAnchor (Revert WriteBack)',
      ],
    );
  });
});

describe('Config Documenter script: variables, here-string, | Out-Null', { skip: skipWithoutCorpus }, () => {
  const parts = ['documenter', 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.ps1.txt'];
  const file = corpusPath(...parts);

  it('binds $syncRuleName, $syncRuleId, $syncRulePrecedence and the connector name', () => {
    const r = read(...parts).configs[0].rules[0];
    assert.equal(r.name.value, 'Custom In from AD - User Join Filter SVC Accounts');
    assert.equal(textAt(file, r.name.range), '$syncRuleName');
    assert.equal(r.identifier.value, '1f21b4c3-bceb-44aa-ae06-89ccf94338a8');
    assert.equal(r.precedence.value, 50);
    assert.equal(r.connector.id.value, null);
    assert.equal(r.connector.name.value, 'contoso.com');
    assert.equal(r.precedenceBefore.value, '00000000-0000-0000-0000-000000000000', 'braces are dropped');
    assert.equal(r.softDeleteExpiryInterval.value, '00:00:00');
    assert.equal(r.immutableTag.value, '');
  });

  it('reads the here-string description and the spaced -ArgumentList lists', () => {
    const r = read(...parts).configs[0].rules[0];
    assert.equal(
      r.description.value,
      'Cloned from the out-of-box rule "In from AD - User Join"; additionally cloud-filters service accounts whose sAMAccountName starts with SVC_.',
    );
    assert.equal(textAt(file, r.description.range), r.description.value);
    assert.deepEqual(r.joinGroups.map((g) => g.conditions[0].csAttribute.value), ['objectSid', 'msExchMasterAccountSid', 'objectSid', 'msRTCSIP-OriginatorSid', 'objectSid']);
    assert.deepEqual(r.scopeGroups[0].conditions.map((c) => c.operator.value), ['NOTEQUAL', 'NOTSTARTSWITH']);
    assert.match(r.flows[0].expression.value!, /Left\(\[sAMAccountName\], 4\) = "SVC_"/);
  });

  it('the Disabled toggle of a server rule and the warnings are not rule definitions', () => {
    const reading = read(...parts);
    assert.equal(reading.configs[0].rules.length, 1);
    assert.deepEqual(reading.diagnostics, []);
  });
});
