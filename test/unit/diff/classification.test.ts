import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { diffRuleSets } from '../../../server/src/diff/diff-rule-sets';
import { AD_PRIMARY, AD_STAGING, ENTRA, exportOf, type RuleSpec } from './support';

const custom: RuleSpec = {
  name: 'In from AD - User Title Override',
  flows: [{ destination: 'title', expression: 'IIF(IsPresent([title]), Trim([title]), NULL)' }],
  scope: [[['employeeType', 'Employee', 'EQUAL'], ['adminDescription', 'User_', 'NOTSTARTSWITH']]],
  joins: [[['employeeID', 'employeeID']], [['mail', 'mail']]],
};
const standard: RuleSpec = { name: 'In from AD - User Common', tag: 'Microsoft.InfromADUserCommon.004', precedence: 104, flows: [{ destination: 'department', expression: 'Trim([department])' }] };

function one(primary: RuleSpec, staging: RuleSpec) {
  const result = diffRuleSets(exportOf([primary]), exportOf([{ ...staging, connector: AD_STAGING }]));
  assert.deepEqual(result.problems, []);
  assert.equal(result.rules.length, 1, JSON.stringify(result.rules.map((r) => [r.status, r.name])));
  return result.rules[0];
}

describe('classification of one rule on two servers', () => {
  test('identical rules on AD connectors with different GUIDs are the same (connectors paired by the rules they carry)', () => {
    assert.equal(one(custom, custom).status, 'same');
  });

  test('whitespace and line breaks inside an expression change nothing', () => {
    const spaced = { ...custom, flows: [{ destination: 'title', expression: '\n  IIF( IsPresent( [title] ),\n      Trim([title]),\n      NULL )\n' }] };
    assert.equal(one(custom, spaced).status, 'same');
  });

  test('clauses reordered inside a scope group change nothing', () => {
    const reordered = { ...custom, scope: [[custom.scope![0][1], custom.scope![0][0]]] };
    assert.equal(one(custom, reordered).status, 'same');
  });

  test('join groups reordered are a change: the engine tries them in order', () => {
    const reordered = { ...custom, joins: [custom.joins![1], custom.joins![0]] };
    const r = one(custom, reordered);
    assert.equal(r.status, 'changed');
    assert.deepEqual(r.changes.map((c) => c.field), ['joinGroups[1]', 'joinGroups[2]']);
  });

  test('an edited expression is a change of that flow', () => {
    const edited = { ...custom, flows: [{ destination: 'title', expression: 'IIF(IsPresent([title]), [title], NULL)' }] };
    const r = one(custom, edited);
    assert.equal(r.status, 'changed');
    assert.deepEqual(r.changes, [{ field: 'flows[title].expression', primary: 'IIF(IsPresent([title]), Trim([title]), NULL)', staging: 'IIF(IsPresent([title]), [title], NULL)' }]);
  });

  test('a custom rule renumbered is a change (custom precedence is the engineer’s)', () => {
    assert.deepEqual(one({ ...custom, precedence: 40 }, { ...custom, precedence: 41 }).changes.map((c) => c.field), ['precedence']);
  });

  test('a standard rule renumbered or re-versioned is drift, not a change', () => {
    const r = one(standard, { ...standard, precedence: 106, tag: 'Microsoft.InfromADUserCommon.005' });
    assert.equal(r.status, 'drift');
    assert.deepEqual(r.changes.map((c) => c.field).sort(), ['immutableTag', 'precedence']);
  });

  test('a standard rule whose Disabled differs is an actionable change', () => {
    const r = one({ ...standard, disabled: true }, { ...standard, precedence: 107 });
    assert.equal(r.status, 'changed');
    assert.equal(r.actionable, true);
    assert.equal(r.unsupported, undefined);
  });

  test('a standard rule with other content differences is an unsupported change', () => {
    const r = one(standard, { ...standard, flows: [{ destination: 'department', expression: 'Left(Trim([department]), 64)' }] });
    assert.equal(r.status, 'changed');
    assert.equal(r.unsupported, true);
  });

  test('a rule on one side only', () => {
    const result = diffRuleSets(exportOf([custom, standard]), exportOf([{ ...standard, connector: AD_STAGING }, { name: 'In from AD - Staging Only', connector: AD_STAGING }]));
    assert.deepEqual(result.summary, { same: 1, changed: 0, drift: 0, onlyInPrimary: 1, onlyInStaging: 1 });
    assert.deepEqual(result.rules.filter((r) => r.status !== 'same').map((r) => [r.status, r.name]), [
      ['onlyInPrimary', custom.name],
      ['onlyInStaging', 'In from AD - Staging Only'],
    ]);
  });
});

describe('connector pairing', () => {
  test('the Entra connector pairs by its fixed GUID', () => {
    const rule = { ...custom, connector: ENTRA, direction: 'Outbound' as const };
    const result = diffRuleSets(exportOf([rule]), exportOf([rule]));
    assert.equal(result.connectors[0].by, 'entra-guid');
    assert.equal(result.summary.same, 1);
  });

  test('two staging connectors carrying the same rules are ambiguous: the diff asks for a map, then follows it', () => {
    const other = '99999999-8888-4777-a666-555555555555';
    const primary = exportOf([{ ...custom, precedence: 50 }]);
    const staging = exportOf([{ ...custom, connector: AD_STAGING, precedence: 50 }, { ...custom, connector: other, precedence: 50 }]);
    const asked = diffRuleSets(primary, staging);
    assert.equal(asked.problems.length, 1);
    assert.match(asked.problems[0], new RegExp(`--map ${AD_PRIMARY}=<staging GUID>`));
    const mapped = diffRuleSets(primary, staging, { map: new Map([[AD_PRIMARY, other]]) });
    assert.deepEqual(mapped.problems, []);
    assert.equal(mapped.connectors.find((c) => c.by === 'map')?.staging.id, other);
    assert.deepEqual(mapped.summary, { same: 1, changed: 0, drift: 0, onlyInPrimary: 0, onlyInStaging: 1 });
  });
});
