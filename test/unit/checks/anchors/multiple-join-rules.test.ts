import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readPowerShellScript } from '../../../../server/src/formats/powershell-script';
import { multipleJoinRulesInScope } from '../../../../server/src/checks/rules/anchors/multiple-join-rules-in-scope';

interface Spec {
  name: string;
  tag?: string;
  connector?: string;
  join: string;
  scope?: string;
}

/** Inbound user → person rules with one join condition each (`cs>mv`) and an optional scope (`attr OP value`). */
function findings(...specs: Spec[]): string[] {
  const q = (s: string) => `'${s}'`;
  let text = '';
  for (const s of specs) {
    const connector = s.connector ?? q('6a1f2e3d-4c5b-4a69-8877-665544332211');
    text += `New-ADSyncRule  \`\n-Name ${q(s.name)} \`\n-Direction 'Inbound' \`\n-SourceObjectType 'user' \`\n-TargetObjectType 'person' \`\n-Connector ${connector} \`\n-LinkType 'Provision' \`\n-ImmutableTag ${q(s.tag ?? '')} \`\n-OutVariable syncRule\n\n\n`;
    if (s.scope) {
      const [a, op, v] = s.scope.split(' ');
      text += `New-Object  \`\n-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' \`\n-ArgumentList ${q(a)},${q(v)},${q(op)} \`\n-OutVariable condition0\n\n\n`;
      text += 'Add-ADSyncScopeConditionGroup  `\n-SynchronizationRule $syncRule[0] `\n-ScopeConditions @($condition0[0]) `\n-OutVariable syncRule\n\n\n';
    }
    const [cs, mv] = s.join.split('>');
    text += `New-Object  \`\n-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' \`\n-ArgumentList ${q(cs)},${q(mv)},$false \`\n-OutVariable condition0\n\n\n`;
    text += 'Add-ADSyncJoinConditionGroup  `\n-SynchronizationRule $syncRule[0] `\n-JoinConditions @($condition0[0]) `\n-OutVariable syncRule\n\n\n';
    text += 'Add-ADSyncRule  `\n-SynchronizationRule $syncRule[0]\n\n\n';
  }
  const reading = readPowerShellScript('joins.ps1', text);
  const ruleSet = reading.configs[0];
  const names = new Map(ruleSet.rules.map((r) => [r.selectionRange.start.line, r.name.value]));
  return multipleJoinRulesInScope.perConfig!({ ruleSet, reading, textOf: () => text }).map((f) => names.get(f.range.start.line)!);
}

describe('AADC010: who is reported', () => {
  test('a custom rule beside an out-of-box join rule: only the custom one, which is the one to change', () => {
    assert.deepEqual(findings({ name: 'In from AD - User Join', tag: 'Microsoft.InfromADUserJoin.003', join: 'objectSid>objectSid', scope: 'isCriticalSystemObject NOTEQUAL TRUE' }, { name: 'Custom user join', join: 'employeeID>employeeID' }), [
      'Custom user join',
    ]);
  });

  test('two out-of-box rules that conflict (an edited set) are both reported', () => {
    assert.deepEqual(findings({ name: 'Std A', tag: 'Microsoft.A.001', join: 'a>a' }, { name: 'Std B', tag: 'Microsoft.B.001', join: 'b>b' }), ['Std A', 'Std B']);
  });

  test('rules joining alike do not conflict, as the out-of-box "Out to AAD - Group …" rules show', () => {
    assert.deepEqual(findings({ name: 'A', join: 'sourceAnchor>sourceAnchor' }, { name: 'B', join: 'SourceAnchor>sourceanchor', scope: 'cloudMastered NOTEQUAL True' }), []);
  });

  test('a connector the script names through a variable is no evidence of the same connector', () => {
    assert.deepEqual(findings({ name: 'A', join: 'a>a', connector: '$adConnector.Identifier' }, { name: 'B', join: 'b>b', connector: '$adConnector.Identifier' }), []);
  });

  test('different connectors do not meet', () => {
    assert.deepEqual(findings({ name: 'A', join: 'a>a' }, { name: 'B', join: 'b>b', connector: "'7b2e3f4a-5d6c-4b7a-9988-776655443322'" }), []);
  });
});
