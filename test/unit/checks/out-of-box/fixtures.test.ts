import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKS } from '../../../../server/src/checks/rules/out-of-box';
import { assertFindings } from '../../../support/markers';
import { lintFixture } from './lint-fixture';

describe('out-of-box checks: violation and clean fixtures', () => {
  for (const check of CHECKS) {
    const name = check.meta.name;
    test(`${name}: every marked finding, and only those`, () => {
      const { fixture, diagnostics } = lintFixture(`${name}.violation.ps1`);
      assert.ok(fixture.expected.some((e) => e.code === check.meta.id), `the violation fixture marks ${check.meta.id}`);
      assertFindings(diagnostics, fixture.expected, fixture.text);
    });
    test(`${name}: the clean fixture stays clean`, () => {
      const { fixture, diagnostics } = lintFixture(`${name}.clean.ps1`);
      assert.deepEqual(fixture.expected, []);
      assertFindings(diagnostics, [], fixture.text);
    });
  }
});

describe('AADC001 says once what it cannot judge', () => {
  test('rules whose tag version the catalogue lacks get one information finding naming them all', () => {
    const { diagnostics } = lintFixture('oob-rule-modified.violation.ps1');
    const notes = diagnostics.filter((d) => d.code === 'AADC001' && d.severity === 3);
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /^2 out-of-box rules have tag versions the catalogue of shipped rules does not know \(Microsoft\.InfromADDeviceCommon\.009, Microsoft\.OuttoADUserImmutableId\.001\)/);
    assert.ok(diagnostics.filter((d) => d.code === 'AADC001' && d !== notes[0]).every((d) => d.severity === 2), 'the edits are warnings');
  });
});
