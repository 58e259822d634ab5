import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { definition } from '../../../server/src/service/navigation';
import { at, sliceRange } from '../service/support/cursor';
import { navigationFixture } from './support';

const { text, doc } = navigationFixture('two-rules.ps1');

describe('go to definition', () => {
  it('$syncRule[0] goes to the command whose -OutVariable set it last', () => {
    const [first] = definition(doc, at(text, '-SynchronizationRule $sync$0Rule[0]'));
    assert.equal(sliceRange(text, first.originSelectionRange), '$syncRule[0]');
    assert.equal(sliceRange(text, first.targetSelectionRange), 'syncRule');
    assert.deepEqual(first.targetSelectionRange.start, at(text, '-OutVariable $0syncRule'));
    assert.equal(first.targetRange.start.line, at(text, '$0New-ADSyncRule').line);

    // The second mapping reads what the first mapping left in the variable.
    const [second] = definition(doc, at(text, '-SynchronizationRule $sync$0Rule[0]', 1));
    assert.deepEqual(second.targetSelectionRange.start, at(text, '-OutVariable $0syncRule', 1));
    assert.equal(second.targetRange.start.line, at(text, '$0Add-ADSyncAttributeFlowMapping').line);
  });

  it('$conditionN[0] goes to the New-Object that filled it for this group', () => {
    const [c1] = definition(doc, at(text, ',$cond$0ition1[0]'));
    assert.deepEqual(c1.targetSelectionRange.start, at(text, '-OutVariable $0condition1'));
    // condition0 is reused per group: the join group's reference is the second New-Object … condition0.
    const [c0] = definition(doc, at(text, '-JoinConditions @($cond$0ition0[0])'));
    assert.deepEqual(c0.targetSelectionRange.start, at(text, '-OutVariable $0condition0', 1));
  });

  it('a PrecedenceBefore GUID goes to the rule with that Identifier', () => {
    const [target] = definition(doc, at(text, "-PrecedenceBefore '633c$0"));
    assert.equal(sliceRange(text, target.originSelectionRange).replace(/'/g, ''), '633c9cc8-9a74-4912-92d0-f93fae31d89a');
    assert.match(sliceRange(text, target.targetSelectionRange), /In from AD - User Join/);
    assert.equal(target.targetRange.start.line, at(text, '$0New-ADSyncRule', 1).line);
  });

  it('Get-ADSyncRule -Identifier goes to the rule it reads back; the Identifier itself and a connector GUID go nowhere', () => {
    const [target] = definition(doc, at(text, "Get-ADSyncRule  `\n-Identifier '633c$0"));
    assert.match(sliceRange(text, target.targetSelectionRange), /In from AD - User Join/);
    assert.deepEqual(definition(doc, at(text, "-Identifier '633c$0")), []);
    assert.deepEqual(definition(doc, at(text, "-Connector '5e6f$0")), []);
  });

  it('an unset GUID and plain text go nowhere', () => {
    assert.deepEqual(definition(doc, at(text, "-PrecedenceAfter '0000$0")), []);
    assert.deepEqual(definition(doc, at(text, "-Description '$0'")), []);
  });
});
