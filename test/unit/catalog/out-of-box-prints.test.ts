import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { flowPrint, joinGroupPrint, scopeGroupPrint, splitTag, tagFollowsFromName } from '../../../server/src/catalog/out-of-box';
import { versionEntryOf } from '../../../server/src/catalog/out-of-box/entry-of-rule';
import { fixturePath } from '../../support/corpus';

const CLEAN = fs.readFileSync(fixturePath('checks', 'out-of-box', 'oob-rule-modified.clean.ps1'), 'utf8');

function rulesOf(text: string) {
  const reading = readPowerShellScript('t.ps1', text);
  return { ruleSet: reading.configs[0], rules: reading.configs[0].rules };
}

/** One custom rule with a flow whose expression and layout the test chooses. */
function flowRule(expression: string, extra = '') {
  const text = [
    "New-ADSyncRule -Name 'r' -Direction 'Inbound' -Connector '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' -SourceObjectType 'user' -TargetObjectType 'person' -LinkType 'Join' -ImmutableTag '' -OutVariable syncRule",
    `Add-ADSyncAttributeFlowMapping -SynchronizationRule $syncRule[0] -Destination 'department' -FlowType 'Expression' ${extra} -Expression '${expression}' -OutVariable syncRule`,
    'Add-ADSyncRule -SynchronizationRule $syncRule[0]',
  ].join('\n');
  return rulesOf(text).rules[0];
}

describe('tags', () => {
  test('split the way the engine splits them', () => {
    assert.deepEqual(splitTag('Microsoft.InfromADUserJoin.004'), { agnostic: 'Microsoft.InfromADUserJoin.', version: 4 });
    assert.deepEqual(splitTag('Microsoft.InfromADUserJoin.'), { agnostic: 'Microsoft.InfromADUserJoin.', version: null });
    assert.equal(splitTag('NoDotAtAll'), undefined);
  });

  test('follow from a rule name as the installer derives them', () => {
    assert.equal(tagFollowsFromName('Microsoft.InfromADUserCommonfromExchange.006', 'In from AD - User Common from Exchange'), true);
    assert.equal(tagFollowsFromName('Microsoft.OuttoAADUserJoin.012', 'Out to AAD - User Join'), true);
    assert.equal(tagFollowsFromName('Microsoft.OuttoAADUserJoin.012', 'Out to AAD - User Join - Cloned'), false);
    assert.equal(tagFollowsFromName('Microsoft.MyRule.001', 'My Rule'), false, 'not a standard rule name');
  });
});

describe('fingerprints', () => {
  test('an expression prints by its normal form: spacing and line breaks do not count, a changed value does', () => {
    const a = flowPrint(flowRule('IIF(IsPresent([department]),Trim([department]),NULL)').flows[0]);
    const b = flowPrint(flowRule('IIF( IsPresent([department]) ,\n    Trim([department]),  NULL )').flows[0]);
    const c = flowPrint(flowRule('IIF(IsPresent([department]),Trim([department]),"x")').flows[0]);
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  test("an Expression flow's -Source list does not count (exports list it differently); its merge type does", () => {
    const plain = flowPrint(flowRule('Trim([department])').flows[0]);
    assert.equal(flowPrint(flowRule('Trim([department])', "-Source @('department','title')").flows[0]), plain);
    assert.equal(flowPrint(flowRule('Trim([department])', "-ValueMergeType 'update'").flows[0]), plain, 'Update is the default, in any case');
    assert.notEqual(flowPrint(flowRule('Trim([department])', "-ValueMergeType 'MergeCaseInsensitive'").flows[0]), plain);
  });

  test('a scope group prints the same whatever the order of its clauses', () => {
    // The clean fixture has the rule twice, the second time with its clauses the other way round.
    const [first, reordered] = rulesOf(CLEAN).rules.filter((r) => r.name.value === 'In from AD - Device Common');
    assert.notDeepEqual(first.scopeGroups[0].conditions.map((c) => c.attribute.value), reordered.scopeGroups[0].conditions.map((c) => c.attribute.value));
    assert.equal(scopeGroupPrint(first.scopeGroups[0]).fingerprint, scopeGroupPrint(reordered.scopeGroups[0]).fingerprint);
    assert.equal(joinGroupPrint(first.joinGroups[0]).fingerprint, joinGroupPrint(reordered.joinGroups[0]).fingerprint);
  });

  test('a rule read from a script prints as its catalogue entry does, apart from where it was seen', () => {
    const { ruleSet, rules } = rulesOf(CLEAN);
    const entry = versionEntryOf(rules[0], ruleSet, {}, 'fixture');
    assert.equal(entry.tag, 'Microsoft.InfromADDeviceCommon.001');
    assert.equal(entry.connector, 'AD');
    assert.deepEqual(entry.flows.map((f) => f.destination), ['isProvisionedInAD']);
    assert.equal(entry.description, undefined);
  });
});
