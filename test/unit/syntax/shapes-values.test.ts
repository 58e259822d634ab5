import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ScopeCondition, JoinCondition } from '../../../server/src/model';
import { assertClean, assertSource, assertStringRangesSliceBack, flowTo, readShape, ruleNamed, slice } from './shape-reading';

const scope = (c: ScopeCondition) => [c.attribute.value, c.operator.value, c.value.value];
const join = (c: JoinCondition) => [c.csAttribute.value, c.mvAttribute.value, c.caseSensitive.value];

describe('shapes: lists', () => {
  test('@(…) sources with and without spaces', () => {
    const shape = readShape('lists.ps1');
    assertClean(shape);
    const rule = ruleNamed(shape, 'In from AD - Fabrikam Display Name');
    assertSource(shape, flowTo(rule, 'displayName').sources, ['givenName', 'sn'], "@('givenName','sn')");
    assertSource(shape, flowTo(rule, 'extensionAttribute9').sources, ['department', 'company'], "@( 'department', 'company' )");
    assertSource(shape, flowTo(rule, 'displayName').expression, '[givenName] & " " & [sn]', '[givenName] & " " & [sn]');
  });

  test("bare -ArgumentList 'a','b','OP' lists, with or without spaces, in groups of two", () => {
    const shape = readShape('lists.ps1');
    const rule = ruleNamed(shape, 'In from AD - Fabrikam Display Name');
    assert.deepEqual(rule.scopeGroups.map((g) => g.conditions.map(scope)), [
      [['department', 'EQUAL', 'Sales'], ['company', 'STARTSWITH', 'Fabrikam']],
      [['adminDescription', 'NOTSTARTSWITH', 'User_'], ['userAccountControl', 'ISBITNOTSET', '2']],
    ]);
    const spaced = rule.scopeGroups[0].conditions[1];
    assertSource(shape, spaced.attribute, 'company', 'company');
    assertSource(shape, spaced.operator, 'STARTSWITH', 'STARTSWITH');
    assertSource(shape, spaced.value, 'Fabrikam', 'Fabrikam');
    assertStringRangesSliceBack(shape, rule);
  });

  test("join conditions 'cs','mv',$true read caseSensitive from the third item", () => {
    const shape = readShape('lists.ps1');
    const rule = ruleNamed(shape, 'In from AD - Fabrikam Display Name');
    assert.deepEqual(rule.joinGroups.map((g) => g.conditions.map(join)), [[['employeeNumber', 'employeeID', true]], [['mail', 'mail', false]]]);
    assert.equal(slice(shape, rule.joinGroups[0].conditions[0].caseSensitive.range), '$true');
    assert.equal(slice(shape, rule.joinGroups[1].conditions[0].caseSensitive.range), '$false');
  });
});

describe('shapes: variables', () => {
  test('[int] $p = 88 … -Precedence $p, $name … -Name $name: resolved, ranges on the reference', () => {
    const shape = readShape('variables.ps1');
    assertClean(shape);
    const rule = ruleNamed(shape, 'Out to AD - Fabrikam Group Writeback');
    assertSource(shape, rule.precedence, 88, '$precedenceValue');
    assertSource(shape, rule.name, 'Out to AD - Fabrikam Group Writeback', '$ruleName');
    assertSource(shape, rule.identifier, '3b5d7f91-2c4e-4a6b-8d0f-1e3a5c7b9d24', '$ruleGuid');
    assert.equal(rule.linkType.value, 'JoinNoFlow');
    assert.equal(rule.committed, true);
    assertStringRangesSliceBack(shape, rule);
  });

  test('$connector.Identifier after Get-ADSyncConnector -Name: the GUID is unknown, the name is known', () => {
    const shape = readShape('variables.ps1');
    const connector = ruleNamed(shape, 'Out to AD - Fabrikam Group Writeback').connector;
    assert.equal(connector.id.value, null);
    assert.equal(connector.id.unresolved, '$connectorAD.Identifier');
    assert.equal(slice(shape, connector.id.range), '$connectorAD.Identifier');
    assert.equal(connector.name.value, 'fabrikam.com');
  });

  test('[string](Get-ADSyncConnector -Name $c).Identifier: connector unresolved, with its name', () => {
    const shape = readShape('variables.ps1');
    const rule = ruleNamed(shape, 'Out to AAD - Fabrikam User Join Clone');
    assert.equal(rule.connector.id.value, null);
    assert.equal(rule.connector.id.unresolved, '$connectorId');
    assert.equal(rule.connector.name.value, 'fabrikam.onmicrosoft.com - AAD');
    assert.deepEqual(shape.reading.configs[0].connectors, [
      { id: null, name: 'fabrikam.com' },
      { id: null, name: 'fabrikam.onmicrosoft.com - AAD' },
    ]);
  });

  test('a member of a variable the file cannot know stays unresolved, not guessed', () => {
    const shape = readShape('variables.ps1');
    const description = ruleNamed(shape, 'Out to AAD - Fabrikam User Join Clone').description;
    assert.equal(description.value, null);
    assert.equal(description.unresolved, '$defaultRule.Description');
    assert.equal(slice(shape, description.range), '$defaultRule.Description');
  });
});

describe('shapes: switches', () => {
  test('-EnablePasswordSync, -Disabled and -ExecuteOnce are true when written, false when absent', () => {
    const shape = readShape('switches.ps1');
    assertClean(shape);
    const on = ruleNamed(shape, 'In from AD - Fabrikam Password Hash');
    assertSource(shape, on.enablePasswordSync, true, '-EnablePasswordSync');
    assertSource(shape, on.disabled, true, '-Disabled');
    assertSource(shape, flowTo(on, 'sourceAnchor').executeOnce, true, '-ExecuteOnce');
    assert.equal(flowTo(on, 'mail').executeOnce.value, false);
    // A switch takes no value: the parameter after it is still read.
    assert.equal(slice(shape, on.flows[0].range).endsWith('-OutVariable syncRule'), true);
    assert.equal(on.committed, true);
    assertStringRangesSliceBack(shape, on);
  });

  test('-Disabled:$false and absent switches read as false', () => {
    const shape = readShape('switches.ps1');
    const off = ruleNamed(shape, 'In from AD - Fabrikam Plain');
    assert.equal(off.disabled.value, false);
    assert.equal(off.enablePasswordSync.value, false);
    assert.equal(off.precedence.value, 31);
    assert.equal(off.committed, true);
  });
});
