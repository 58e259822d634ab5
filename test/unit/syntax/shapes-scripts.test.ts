import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertClean, assertSource, assertStringRangesSliceBack, flowTo, readShape, ruleNamed, slice } from './shape-reading';

describe('shapes: scripts around the rules', () => {
  test('Documenter script: variables, | Out-Null, Where { }, if/elseif, Write-Warning(… -f $a, $b)', () => {
    const shape = readShape('documenter-script.ps1');
    assertClean(shape);
    assert.equal(shape.reading.format, 'documenter-script');
    // The Disabled toggle and the warnings are about rules on the server, not rules this script builds.
    assert.deepEqual(shape.rules.map((r) => r.name.value), ['Custom In from AD - Fabrikam Badge Number']);
    const rule = shape.rules[0];
    assertSource(shape, rule.name, 'Custom In from AD - Fabrikam Badge Number', '$syncRuleName');
    assertSource(shape, rule.identifier, '7f9b1d35-6a8c-4e0f-b24d-5c7e9a1b3d57', '$syncRuleId');
    assertSource(shape, rule.precedence, 66, '$syncRulePrecedence');
    assert.equal(rule.description.value, 'Badge numbers come from the "badge" extension attribute.');
    assert.equal(rule.precedenceAfter.value, '00000000-0000-0000-0000-000000000000');
    assert.equal(rule.connector.id.value, null);
    assert.equal(rule.connector.name.value, 'fabrikam.com');
    assert.equal(rule.softDeleteExpiryInterval.value, '00:00:00');
    assert.deepEqual(rule.flows.map((f) => [f.sources.value, f.destination.value, f.flowType.value, f.valueMergeType.value, f.expression.value]), [
      [['extensionAttribute12'], 'employeeNumber', 'Expression', 'Update', 'Trim([extensionAttribute12])'],
    ]);
    assert.deepEqual(rule.scopeGroups[0].conditions.map((c) => [c.attribute.value, c.operator.value, c.value.value]), [['extensionAttribute12', 'ISNOTNULL', '']]);
    assert.deepEqual(rule.joinGroups[0].conditions.map((c) => [c.csAttribute.value, c.mvAttribute.value, c.caseSensitive.value]), [['employeeID', 'employeeID', false]]);
    assert.equal(rule.committed, true);
    assertStringRangesSliceBack(shape, rule);
  });

  test('function bodies: rules inside are read; parameters stay unresolved', () => {
    const shape = readShape('functions.ps1');
    assertClean(shape);
    assert.deepEqual(shape.rules.map((r) => r.name.value), ['In from AD - Fabrikam Office Override', 'In from AD - Fabrikam Phone Override']);
    const indented = ruleNamed(shape, 'In from AD - Fabrikam Office Override');
    assert.equal(indented.precedence.value, null);
    assert.equal(indented.precedence.unresolved, '$precedence');
    assertSource(shape, flowTo(indented, 'physicalDeliveryOfficeName').expression, 'AuthoritativeNull', 'AuthoritativeNull');
    assert.deepEqual(indented.flows[0].sources.value, []);
    assert.equal(indented.committed, true);
    const flush = ruleNamed(shape, 'In from AD - Fabrikam Phone Override');
    assert.equal(flush.connector.id.unresolved, '$connector');
    assert.equal(flush.committed, true);
    for (const rule of shape.rules) assertStringRangesSliceBack(shape, rule);
  });

  test('if / elseif / else: the rules of every branch are read', () => {
    const shape = readShape('control-flow.ps1');
    assertClean(shape);
    assert.deepEqual(shape.rules.map((r) => [r.name.value, r.precedence.value, r.committed]), [
      ['Out to AAD - Fabrikam Pilot', 21, true],
      ['Out to AAD - Fabrikam Staging', 22, true],
      ['Out to AAD - Fabrikam Production', 23, true],
    ]);
    for (const rule of shape.rules) assertStringRangesSliceBack(shape, rule);
  });

  test('foreach, for, try/catch/finally, @{ }, $x.Method(), [Type]::Member: opaque, no error, no rule', () => {
    const shape = readShape('opaque-statements.ps1');
    assertClean(shape);
    assert.deepEqual(shape.rules.map((r) => r.name.value), ['In from AD - Fabrikam Opaque Neighbours']);
    const rule = shape.rules[0];
    assert.equal(rule.precedence.value, 75);
    assert.equal(rule.committed, true);
    assert.equal(slice(shape, rule.range).split('\n')[0], 'New-ADSyncRule  `');
    assertStringRangesSliceBack(shape, rule);
  });
});
