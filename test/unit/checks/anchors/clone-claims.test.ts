import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readPowerShellScript } from '../../../../server/src/formats/powershell-script';
import { cloneClaim, containedName } from '../../../../server/src/checks/rules/anchors/clones';
import { compareJoins } from '../../../../server/src/checks/rules/anchors/join-criteria';

/** A rule with just the parameters these tests look at, in the Rules Editor layout. */
function ruleWith(name: string, description: string, joins: string[][] = []) {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  let text = `New-ADSyncRule  \`\n-Name ${q(name)} \`\n-Description ${q(description)} \`\n-Direction 'Inbound' \`\n-OutVariable syncRule\n\n\n`;
  for (const group of joins) {
    group.forEach((c, k) => {
      const [cs, mv] = c.split('>');
      text += `New-Object  \`\n-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' \`\n-ArgumentList ${q(cs)},${q(mv)},$false \`\n-OutVariable condition${k}\n\n\n`;
    });
    text += `Add-ADSyncJoinConditionGroup  \`\n-SynchronizationRule $syncRule[0] \`\n-JoinConditions @(${group.map((_, k) => `$condition${k}[0]`).join(',')}) \`\n-OutVariable syncRule\n\n\n`;
  }
  text += 'Add-ADSyncRule  `\n-SynchronizationRule $syncRule[0]\n';
  return readPowerShellScript('claims.ps1', text).configs[0].rules[0];
}

describe('what a rule says about being a clone', () => {
  test("the Rules Editor's description, with the original's Identifier", () => {
    const claim = cloneClaim(ruleWith('x', "Cloned from rule 'In from AD - User Join', Id= 'A1B2C3D4-0000-4000-8000-000000000001', At 5/2/2024 10:11:12 AM"));
    assert.deepEqual({ original: claim?.original, id: claim?.originalId }, { original: 'In from AD - User Join', id: 'a1b2c3d4-0000-4000-8000-000000000001' });
  });

  test('a hand-written description in the same words', () => {
    assert.equal(cloneClaim(ruleWith('Custom join', 'Cloned from the out-of-box rule "In from AD - User Join"; adds a filter.'))?.original, 'In from AD - User Join');
  });

  test("the Rules Editor's clone name", () => {
    assert.equal(cloneClaim(ruleWith('In from AD - Group Join - Cloned - 2024-05-03', ''))?.original, 'In from AD - Group Join');
  });

  test('a name that only starts with a standard name is no claim', () => {
    assert.equal(cloneClaim(ruleWith('In from AD - User Common - Department override', 'Overrides department.')), undefined);
  });

  test('the longest standard name a custom name contains', () => {
    const rule = ruleWith('Custom In from AD - User Join SOAInAAD filter', '');
    assert.equal(containedName(rule, ['In from AD - User Join', 'In from AD - User Join SOAInAAD']), 'In from AD - User Join SOAInAAD');
  });
});

describe('join criteria', () => {
  const joins = (...groups: string[][]) => ruleWith('r', '', groups).joinGroups;

  test('the same groups in the same order, conditions in any order and any case, are the same criteria', () => {
    assert.equal(compareJoins(joins(['a>b', 'c>d'], ['e>f']), joins(['C>D', 'a>B'], ['e>f'])), 'same');
  });

  test('groups in another order are different criteria: the engine tries them top-down', () => {
    assert.equal(compareJoins(joins(['a>b'], ['e>f']), joins(['e>f'], ['a>b'])), 'different');
  });

  test('a missing group is a difference', () => {
    assert.equal(compareJoins(joins(['a>b'], ['e>f']), joins(['a>b'])), 'different');
  });
});
