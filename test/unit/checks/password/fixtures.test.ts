import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECKS } from '../../../../server/src/checks/rules/password';
import { validateDocument } from '../../../../server/src/service/validate';
import { codeActions } from '../../../../server/src/service/code-actions';
import { readExpressionDocument } from '../../../../server/src/service/expression-features/expression-document';
import { assertFindings, parseMarkedFixture } from '../../../support/markers';
import { fixturePath } from '../../../support/corpus';

/** This group's codes and the reading's own: a fixture that does not read cleanly still fails; other groups have fixtures of their own. */
const JUDGED = new Set([...CHECKS.map((c) => c.meta.id), 'AADC000', 'AADC024']);

function lintFixture(name: string) {
  const file = fixturePath('checks', 'password', name);
  const fixture = parseMarkedFixture(fs.readFileSync(file, 'utf8'));
  return { file, fixture, diagnostics: validateDocument(file, fixture.text, 'powershell').filter((d) => JUDGED.has(String(d.code))) };
}

describe('password hash sync and writeback checks: violation and clean fixtures', () => {
  for (const check of CHECKS) {
    test(`${check.meta.id} ${check.meta.name}: every marked finding, and only those`, () => {
      const { fixture, diagnostics } = lintFixture(`${check.meta.name}.violation.ps1`);
      assert.ok(fixture.expected.some((e) => e.code === check.meta.id));
      assertFindings(diagnostics, fixture.expected, fixture.text);
    });
    test(`${check.meta.id} ${check.meta.name}: the clean fixture stays clean`, () => {
      const { fixture, diagnostics } = lintFixture(`${check.meta.name}.clean.ps1`);
      assert.deepEqual(fixture.expected, []);
      assertFindings(diagnostics, [], fixture.text);
    });
  }

  test('AADC034: an enabled AccountEnabled rule whose scope gained a clause', () => {
    const { fixture, diagnostics } = lintFixture('account-enabled-rule-changed.scope.violation.ps1');
    assert.equal(fixture.expected.length, 1);
    assertFindings(diagnostics, fixture.expected, fixture.text);
  });
});

describe('password checks: quick fixes edit only the switch line', () => {
  /** Applies the one fix titled `title` offered for `code` and returns the new text. */
  function fixed(name: string, code: string, title: string): { before: string; after: string } {
    const { file, fixture, diagnostics } = lintFixture(name);
    const doc = readExpressionDocument({ file, text: fixture.text, format: 'powershell' });
    const target = diagnostics.filter((d) => d.code === code);
    const actions = target.flatMap((d) => codeActions('file:///fixture.ps1', doc, d.range, [d]));
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `${title} among ${actions.map((a) => a.title).join(' | ')}`);
    const edits = Object.values(action.edit!.changes!)[0];
    const lines = fixture.text.split('\n');
    // Line-wise edits (whole lines inserted or deleted), applied bottom-up.
    for (const e of [...edits].sort((a, b) => b.range.start.line - a.range.start.line)) {
      assert.equal(e.range.start.character, 0);
      assert.equal(e.range.end.character, 0);
      lines.splice(e.range.start.line, e.range.end.line - e.range.start.line, ...(e.newText ? e.newText.replace(/\n$/, '').split('\n') : []));
    }
    return { before: fixture.text, after: lines.join('\n') };
  }
  const removedLines = (before: string, after: string) => before.split('\n').filter((l, k, all) => all.indexOf(l) === k && !after.split('\n').includes(l));

  test('AADC031: "Remove -EnablePasswordSync" deletes that line and nothing else', () => {
    const { before, after } = fixed('password-sync-on-custom-rule.violation.ps1', 'AADC031', 'Remove -EnablePasswordSync');
    assert.equal(after.split('\n').length, before.split('\n').length - 1);
    assert.deepEqual(removedLines(before, after), ['-EnablePasswordSync  `']);
    assert.equal(validateDocument('fixed.ps1', after, 'powershell').filter((d) => JUDGED.has(String(d.code))).length, 0);
  });

  test('AADC034: "Add -EnablePasswordSync" puts the switch before -OutVariable of the clone', () => {
    const { before, after } = fixed('account-enabled-rule-changed.violation.ps1', 'AADC034', 'Add -EnablePasswordSync');
    assert.equal(after.split('\n').length, before.split('\n').length + 1);
    const lines = after.split('\n');
    const at = lines.indexOf('-EnablePasswordSync  `', lines.findIndex((l) => l.includes("AccountEnabled - Cloned")));
    assert.equal(lines[at + 1], '-OutVariable syncRule');
    // With the switch on the clone that replaces it, the disabled original is no longer a finding either.
    assert.deepEqual(validateDocument('fixed.ps1', after, 'powershell').filter((d) => JUDGED.has(String(d.code))), []);
  });

  test('AADC034: "Enable …" removes -Disabled from the original', () => {
    const { before, after } = fixed('account-enabled-rule-changed.violation.ps1', 'AADC034', 'Enable "In from AD - User AccountEnabled" again');
    assert.deepEqual(removedLines(before, after), ['-Disabled  `']);
    assert.equal(after.split('\n').length, before.split('\n').length - 1);
  });
});

test('the fixtures are ours, in the Rules Editor layout', () => {
  for (const name of fs.readdirSync(fixturePath('checks', 'password'))) assert.match(fs.readFileSync(path.join(fixturePath('checks', 'password'), name), 'utf8'), /^New-ADSyncRule {2}`\n/);
});
