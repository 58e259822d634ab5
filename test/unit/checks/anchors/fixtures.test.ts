import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKS } from '../../../../server/src/checks/rules/anchors';
import { assertFindings } from '../../../support/markers';
import { lintFixture } from './support';

/**
 * Each anchor/join check has a violation fixture (every finding marked under the exact characters) and a
 * clean fixture (nothing of this group at all), in the Rules Editor layout.
 */
describe('anchor and join checks: violation and clean fixtures', () => {
  for (const check of CHECKS) {
    const name = check.meta.name;
    test(`${check.meta.id} ${name}: every marked finding, and only those`, () => {
      const { fixture, diagnostics } = lintFixture(`${name}.violation.ps1`);
      assert.ok(fixture.expected.some((e) => e.code === check.meta.id), 'the violation fixture marks findings of this check');
      assertFindings(diagnostics, fixture.expected, fixture.text);
    });
    test(`${check.meta.id} ${name}: the clean fixture stays clean`, () => {
      const { fixture, diagnostics } = lintFixture(`${name}.clean.ps1`);
      assert.deepEqual(fixture.expected, []);
      assertFindings(diagnostics, [], fixture.text);
    });
  }

  test('AADC008: a Config Documenter script that disables "Out to AD - User ImmutableId" on the target server', () => {
    const { fixture, diagnostics } = lintFixture('consistencyguid-writeback.documenter.violation.ps1.txt');
    assert.equal(fixture.expected.length, 1);
    assertFindings(diagnostics, fixture.expected, fixture.text);
  });

  test('AADC009: a clone that keeps the out-of-box anchor joins is clean even without its original beside it', () => {
    const { fixture, diagnostics } = lintFixture('anchor-join-changed.clone-alone.clean.ps1');
    assertFindings(diagnostics, [], fixture.text);
  });
});

describe('findings say what they are about', () => {
  test('AADC010 names the rules that conflict and points at them', () => {
    const { diagnostics } = lintFixture('multiple-join-rules-in-scope.violation.ps1');
    const unscoped = diagnostics.find((d) => d.message.startsWith('"In from AD - User Provision by EmployeeID"'));
    assert.ok(unscoped);
    assert.match(unscoped.message, /"In from AD - User Provision Contractors", "In from AD - User Provision Employees"/);
    assert.equal(unscoped.relatedInformation?.length, 2);
  });

  test('AADC009 relates a changed clone to its original', () => {
    const { diagnostics } = lintFixture('anchor-join-changed.violation.ps1');
    const changed = diagnostics.find((d) => d.message.startsWith('This clone of'));
    assert.ok(changed);
    assert.match(changed.message, /join group 2 is not the original's/);
    assert.equal(changed.relatedInformation?.length, 1);
  });

  test('AADC008 says when the rule writing the anchor copy is disabled for now', () => {
    const { diagnostics } = lintFixture('consistencyguid-writeback.violation.ps1');
    assert.equal(diagnostics.filter((d) => /disabled now/.test(d.message)).length, 1);
  });
});
