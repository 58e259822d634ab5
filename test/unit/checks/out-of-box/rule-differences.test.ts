import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readPowerShellScript } from '../../../../server/src/formats/powershell-script';
import { versionEntryOf } from '../../../../server/src/catalog/out-of-box/entry-of-rule';
import type { WizardSettings } from '../../../../server/src/catalog/out-of-box';
import { ruleDifferences } from '../../../../server/src/checks/rules/out-of-box/rule-differences';
import { alignJoinGroups } from '../../../../server/src/checks/rules/out-of-box/join-alignment';

/** A made-up standard rule on an AD connector with an anchor flow, a plain flow and two join groups. */
function rule(anchorExpression: string, department: string, joins: [string, string][]) {
  const text = [
    "New-ADSyncRule -Name 'In from AD - Widget Join' -Direction 'Inbound' -Connector '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' -SourceObjectType 'user' -TargetObjectType 'person' -LinkType 'Provision' -ImmutableTag 'Microsoft.InfromADWidgetJoin.001' -OutVariable syncRule",
    `Add-ADSyncAttributeFlowMapping -SynchronizationRule $syncRule[0] -Destination 'sourceAnchor' -FlowType 'Expression' -Expression '${anchorExpression}' -OutVariable syncRule`,
    `Add-ADSyncAttributeFlowMapping -SynchronizationRule $syncRule[0] -Destination 'department' -FlowType 'Expression' -Expression '${department}' -OutVariable syncRule`,
    ...joins.flatMap(([cs, mv]) => [
      `New-Object -TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' -ArgumentList '${cs}','${mv}',$false -OutVariable condition0`,
      'Add-ADSyncJoinConditionGroup -SynchronizationRule $syncRule[0] -JoinConditions @($condition0[0]) -OutVariable syncRule',
    ]),
    'Add-ADSyncRule -SynchronizationRule $syncRule[0]',
  ].join('\n');
  const reading = readPowerShellScript('t.ps1', text);
  return { ruleSet: reading.configs[0], rule: reading.configs[0].rules[0] };
}

const SHIPPED = rule('ConvertToBase64([objectGUID])', 'Trim([department])', [['objectSid', 'objectSid'], ['objectGUID', 'sourceAnchorBinary']]);
const ENTRY = versionEntryOf(SHIPPED.rule, SHIPPED.ruleSet, { anchorAttribute: 'objectGUID', joinCriteria: 'ObjectSID' }, 'test');

function compare(r: ReturnType<typeof rule>, settings: WizardSettings) {
  return ruleDifferences({ rule: r.rule, entry: ENTRY, kind: 'AD', settings, script: true, head: (x) => x });
}

describe('differences in parts the wizard writes from its choices', () => {
  const otherAnchor = rule('ConvertToBase64([mS-DS-ConsistencyGuid])', 'Trim([department])', [['objectSid', 'objectSid'], ['objectGUID', 'sourceAnchorBinary']]);

  test('the anchor flow of an AD rule depends on the anchor attribute; the join groups on the join criteria', () => {
    assert.deepEqual(ENTRY.flows.map((f) => [f.destination, f.dependsOn]), [['department', undefined], ['sourceAnchor', ['anchorAttribute']]]);
    assert.deepEqual(ENTRY.joinGroups.map((g) => g.dependsOn), [['joinCriteria'], ['joinCriteria', 'anchorAttribute']]);
  });

  test('same choices as the catalogue: a changed anchor flow is an edit', () => {
    const found = compare(otherAnchor, { anchorAttribute: 'objectGUID', joinCriteria: 'ObjectSID' });
    assert.deepEqual(found.map((d) => [d.what, d.certainty]), [["the flow to 'sourceAnchor' has a different expression", 'edited']]);
  });

  test('another anchor attribute: the anchor flow is expected to differ and is not reported', () => {
    assert.deepEqual(compare(otherAnchor, { anchorAttribute: 'mS-DS-ConsistencyGuid', joinCriteria: 'ObjectSID' }), []);
  });

  test('choices not recorded (a script): the difference is reported as uncertain', () => {
    assert.deepEqual(compare(otherAnchor, {}).map((d) => d.certainty), ['unknown']);
  });

  test('a flow the wizard does not write is an edit whatever the choices', () => {
    const edited = rule('ConvertToBase64([objectGUID])', 'Left(Trim([department]),10)', [['objectSid', 'objectSid'], ['objectGUID', 'sourceAnchorBinary']]);
    for (const settings of [{}, { anchorAttribute: 'mS-DS-ConsistencyGuid' }]) {
      assert.deepEqual(compare(edited, settings).map((d) => [d.what, d.certainty]), [["the flow to 'department' has a different expression", 'edited']]);
    }
  });

  test('join groups: another join criteria excuses them, unknown criteria soften them', () => {
    const joined = rule('ConvertToBase64([objectGUID])', 'Trim([department])', [['mail', 'mail'], ['objectGUID', 'sourceAnchorBinary']]);
    assert.deepEqual(compare(joined, { anchorAttribute: 'objectGUID', joinCriteria: 'mail' }), []);
    assert.deepEqual(compare(joined, { anchorAttribute: 'objectGUID', joinCriteria: 'ObjectSID' }).map((d) => [d.what, d.certainty]), [
      ['join group 1 has a condition mail → mail that the shipped group does not', 'edited'],
      ['join group 1 lacks the shipped condition objectSid → objectSid', 'edited'],
    ]);
    assert.deepEqual(compare(joined, {}).map((d) => d.certainty), ['unknown', 'unknown']);
  });
});

describe('join groups keep their order', () => {
  test('an added group, a removed group, and a changed one', () => {
    assert.deepEqual(alignJoinGroups(['a', 'x', 'b'], ['a', 'b']), [
      { kind: 'same', mine: 0, shipped: 0 },
      { kind: 'added', mine: 1 },
      { kind: 'same', mine: 2, shipped: 1 },
    ]);
    assert.deepEqual(alignJoinGroups(['a'], ['a', 'b']), [{ kind: 'same', mine: 0, shipped: 0 }, { kind: 'removed', shipped: 1 }]);
    assert.deepEqual(alignJoinGroups(['a', 'y'], ['a', 'b']), [{ kind: 'same', mine: 0, shipped: 0 }, { kind: 'changed', mine: 1, shipped: 1 }]);
  });

  test('two groups swapped are a difference', () => {
    assert.ok(alignJoinGroups(['b', 'a'], ['a', 'b']).some((s) => s.kind !== 'same'));
  });
});

describe('EnablePasswordSync', () => {
  test('a script without the switch has it off; an export that does not write the setting says nothing', () => {
    const withSwitch = { ...ENTRY, enablePasswordSync: true as const };
    const found = (script: boolean) => ruleDifferences({ rule: SHIPPED.rule, entry: withSwitch, kind: 'AD', settings: {}, script, head: (x) => x }).map((d) => d.what);
    assert.deepEqual(found(true), ['it lacks the EnablePasswordSync switch of the shipped rule']);
    assert.deepEqual(found(false), []);
  });
});
