import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateDocument } from '../../../server/src/service/validate';
import { EXPRESSION_CHECKS } from '../../../server/src/checks';
import { fixturePath } from '../../support/corpus';
import { assertFindings, parseMarkedFixture } from '../../support/markers';
import { treeSitterError } from '../../support/tree-sitter';
import { LineIndex } from '../../../server/src/model/line-index';

/**
 * Each expression check has a violation fixture (every finding marked inline under the exact characters
 * inside the PowerShell string) and a clean fixture (no finding at all), in the Rules Editor layout.
 */
const dir = fixturePath('checks', 'expression');

function findings(name: string) {
  const file = path.join(dir, name);
  const fixture = parseMarkedFixture(fs.readFileSync(file, 'utf8'));
  return { fixture, diagnostics: validateDocument(file, fixture.text, 'powershell') };
}

describe('expression checks: violation and clean fixtures', () => {
  for (const check of new Set(EXPRESSION_CHECKS.map((c) => c.meta.name))) {
    test(`${check}: every marked finding, and only those`, () => {
      const { fixture, diagnostics } = findings(`${check}.violation.ps1`);
      assert.ok(fixture.expected.length > 0, 'the violation fixture marks findings');
      assertFindings(diagnostics, fixture.expected, fixture.text);
    });
    test(`${check}: the clean fixture stays clean`, () => {
      const { fixture, diagnostics } = findings(`${check}.clean.ps1`);
      assert.deepEqual(fixture.expected, []);
      assertFindings(diagnostics, [], fixture.text);
    });
  }

  test('operator-precedence stays quiet on an out-of-box rule: its owner cannot change it', () => {
    // The hand-written rule only carries a Microsoft tag; the out-of-box checks rightly have their say on it.
    const { fixture, diagnostics } = findings('operator-precedence.standard-rule.ps1');
    assertFindings(diagnostics.filter((d) => d.code === 'AADC021'), [], fixture.text);
  });
});

describe('fixes travel with the findings as data', () => {
  test('a wrong case carries the replacement for exactly the name', () => {
    const { fixture, diagnostics } = findings('expression-case.violation.ps1');
    const d = diagnostics.find((x) => x.message.startsWith('iif '))!;
    const fix = (d.data as { fix: { title: string; edits: { range: typeof d.range; newText: string }[] } }).fix;
    assert.equal(fix.title, 'Change to IIF');
    assert.equal(fix.edits.length, 1);
    const lines = fixture.text.split('\n');
    const edit = fix.edits[0];
    assert.equal(lines[edit.range.start.line].slice(edit.range.start.character, edit.range.end.character), 'iif');
    assert.equal(edit.newText, 'IIF');
  });

  test('the operator-precedence fix brackets the left-to-right reading', () => {
    const { fixture, diagnostics } = findings('operator-precedence.violation.ps1');
    const d = diagnostics.find((x) => x.code === 'AADC021')!;
    const fix = (d.data as { fix: { edits: { range: typeof d.range; newText: string }[] } }).fix;
    const line = fixture.text.split('\n')[d.range.start.line];
    const [open, close] = fix.edits;
    const fixed = line.slice(0, open.range.start.character) + '(' + line.slice(open.range.start.character, close.range.start.character) + ')' + line.slice(close.range.start.character);
    assert.equal(fixed, `-Expression 'IIF(([a] = "1" || [b] = "2") && [c] = "3", True, NULL)' \``);
  });
});

describe('applying each fix', () => {
  for (const name of ['expression-case', 'unknown-name', 'imported-value-literal', 'operator-precedence']) {
    test(`${name}: the fixed script reads cleanly with both parsers and the finding is gone`, async () => {
      const { fixture, diagnostics } = findings(`${name}.violation.ps1`);
      const fixable = diagnostics.filter((d) => (d.data as { fix?: unknown } | undefined)?.fix);
      assert.ok(fixable.length > 0);
      for (const d of fixable) {
        const fix = (d.data as { fix: { edits: { range: typeof d.range; newText: string }[] } }).fix;
        const lines = new LineIndex(fixture.text);
        let fixed = fixture.text;
        for (const e of [...fix.edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))) {
          fixed = fixed.slice(0, lines.offsetAt(e.range.start)) + e.newText + fixed.slice(lines.offsetAt(e.range.end));
        }
        const after = validateDocument('fixed.ps1', fixed, 'powershell');
        assert.ok(!after.some((x) => x.range.start.line === d.range.start.line && x.code === d.code && x.message === d.message), `still reported: ${d.message}`);
        assert.ok(!after.some((x) => x.code === 'AADC000'), 'no syntax error after the fix');
        assert.equal(await treeSitterError(fixed), undefined);
      }
    });
  }
});
