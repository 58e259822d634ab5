import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { validateDocument } from '../../../../server/src/service/validate';
import { CHECKS } from '../../../../server/src/checks/rules/structure';
import { assertFindings, parseMarkedFixture } from '../../../support/markers';
import { fixtureDir, ownFindings } from './marked-inputs';

/**
 * Each structure check that works on one document has a violation fixture (every finding marked under the
 * exact characters) and a clean fixture, in the Rules Editor layout; both are read as an editor would
 * (validateDocument) and judged on every structure code, so each fixture also shows the other structure
 * checks staying quiet.
 */
function findings(name: string) {
  const fixture = parseMarkedFixture(fs.readFileSync(fixtureDir(name), 'utf8'));
  const all = validateDocument(fixtureDir(name), fixture.text, 'powershell');
  return { fixture, all, own: ownFindings(all) };
}

describe('structure checks: violation and clean fixtures', () => {
  for (const check of CHECKS.filter((c) => c.meta.category === 'fast')) {
    const name = check.meta.name;
    test(`${name}: every marked finding, and only those`, () => {
      const { fixture, all, own } = findings(`${name}.violation.ps1`);
      assert.ok(fixture.expected.some((e) => e.code === check.meta.id), 'the violation fixture marks a finding of this check');
      assert.deepEqual(all.filter((d) => d.code === 'AADC000'), [], 'the fixture reads without syntax errors');
      assertFindings(own, fixture.expected, fixture.text);
    });
    test(`${name}: the clean fixture stays clean`, () => {
      const { fixture, all, own } = findings(`${name}.clean.ps1`);
      assert.deepEqual(fixture.expected, []);
      assert.deepEqual(all.filter((d) => d.code === 'AADC000'), []);
      assertFindings(own, [], fixture.text);
    });
  }
});
