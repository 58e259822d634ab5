import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from '../../../server/src/model/diagnostic';
import { AFTER, BEFORE, DAMAGED, assertMarkedFindings, readMarked } from './marked-fixture';

/** The one AADC024 of a fixture: its severity and message, for what the markers do not say. */
function bindingFinding(file: string) {
  const found = readMarked(file).reading.diagnostics.filter((d) => d.code === 'AADC024');
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
  return found[0];
}

function names(file: string) {
  return readMarked(file).rules.map((r) => [r.name.value, r.committed]);
}

describe('binding errors (AADC024)', () => {
  test('a mapping before any New-ADSyncRule: error on $syncRule[0]; the next rule is unaffected', () => {
    const file = 'binding-mapping-before-rule.ps1';
    assertMarkedFindings(readMarked(file));
    assert.equal(bindingFinding(file).severity, DiagnosticSeverity.Error);
    assert.match(bindingFinding(file).message, /\$syncRule holds no rule/);
    assert.deepEqual(names(file), [[AFTER, true]]);
    assert.deepEqual(readMarked(file).rules[0].flows, [], 'the orphan mapping must not attach to a later rule');
  });

  test('$condition1[0] used in a group that did not create it: error on that item; the group keeps the rest', () => {
    const file = 'binding-condition-not-created.ps1';
    assertMarkedFindings(readMarked(file));
    assert.equal(bindingFinding(file).severity, DiagnosticSeverity.Error);
    assert.match(bindingFinding(file).message, /\$condition1/);
    assert.deepEqual(names(file), [[BEFORE, true], [DAMAGED, true], [AFTER, true]]);
    const rule = readMarked(file).rules[1];
    assert.deepEqual(rule.scopeGroups.map((g) => g.conditions.map((c) => [c.attribute.value, c.operator.value, c.value.value])), [
      [['department', 'EQUAL', 'Sales'], ['company', 'EQUAL', 'Fabrikam']],
      [['adminDescription', 'NOTSTARTSWITH', 'User_']],
    ]);
  });

  test('a rule with no Add-ADSyncRule: a warning on its name; Get-ADSyncRule does not commit it', () => {
    const file = 'binding-rule-never-added.ps1';
    assertMarkedFindings(readMarked(file));
    assert.equal(bindingFinding(file).severity, DiagnosticSeverity.Warning);
    assert.deepEqual(names(file), [[BEFORE, true], ['In from AD - Never added', false], [AFTER, true]]);
  });

  test('an unknown parameter (-Precedance): error on the parameter; the others still bind', () => {
    const file = 'binding-unknown-parameter.ps1';
    assertMarkedFindings(readMarked(file));
    assert.equal(bindingFinding(file).severity, DiagnosticSeverity.Error);
    assert.match(bindingFinding(file).message, /-Precedance/);
    assert.deepEqual(names(file), [[BEFORE, true], [DAMAGED, true], [AFTER, true]]);
    const rule = readMarked(file).rules[1];
    assert.equal(rule.precedence.value, null);
    assert.equal(rule.sourceObjectType.value, 'user');
  });

  test('a missing mandatory parameter of New-ADSyncRule: error on the cmdlet name, naming the parameter', () => {
    const file = 'binding-missing-mandatory.ps1';
    assertMarkedFindings(readMarked(file));
    assert.equal(bindingFinding(file).severity, DiagnosticSeverity.Error);
    assert.match(bindingFinding(file).message, /-TargetObjectType/);
    assert.doesNotMatch(bindingFinding(file).message, /-Direction|-Connector|-LinkType/);
    assert.deepEqual(names(file), [[BEFORE, true], [DAMAGED, true], [AFTER, true]]);
    assert.equal(readMarked(file).rules[1].targetObjectType.value, null);
  });
});
