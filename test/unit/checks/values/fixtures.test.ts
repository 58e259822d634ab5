import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKS } from '../../../../server/src/checks/rules/values';
import { assertFindings } from '../../../support/markers';
import { validateFixture } from './support';

/**
 * Each fast check of the group has a violation fixture (every finding marked under its characters)
 * and a clean fixture, in the Rules Editor layout (the Documenter check: the Documenter's layout).
 * AADC023's workspace facet needs server exports beside the script: workspace-checks.test.ts.
 */
const FAST = [...new Set(CHECKS.filter((c) => c.meta.category === 'fast').map((c) => c.meta.name))];
const EXTENSION: Record<string, string> = { 'cd-expression-quote': '.ps1.txt' };

describe('values checks: violation and clean fixtures', () => {
  for (const name of FAST) {
    const ext = EXTENSION[name] ?? '.ps1';
    test(`${name}: every marked finding, and only those`, () => {
      const { fixture, diagnostics } = validateFixture(`${name}.violation${ext}`);
      assert.ok(fixture.expected.length > 0, 'the violation fixture marks findings');
      assertFindings(diagnostics, fixture.expected, fixture.text);
    });
    test(`${name}: the clean fixture stays clean`, () => {
      const { fixture, diagnostics } = validateFixture(`${name}.clean${ext}`);
      assert.deepEqual(fixture.expected, []);
      assertFindings(diagnostics, [], fixture.text);
    });
  }
});
