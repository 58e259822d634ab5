import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { FixData } from '../../../../server/src/checks/check';
import { LineIndex } from '../../../../server/src/model/line-index';
import { readPowerShellScript } from '../../../../server/src/formats/powershell-script';
import { validateDocument } from '../../../../server/src/service/validate';
import { parseMarkedFixture } from '../../../support/markers';
import { treeSitterError } from '../../../support/tree-sitter';
import { fixtureDir, ownFindings, readMarkedFolder, structureFindings } from './marked-inputs';

/**
 * "Choose a free precedence": each fix rewrites one number and nothing else; the fixed script reads cleanly
 * with our parser and tree-sitter-powershell, and linting it again no longer finds what the fix was for.
 */
const fixOf = (d: { data?: unknown }) => (d.data as { fix?: FixData } | undefined)?.fix;

function apply(text: string, fix: FixData): string {
  const lines = new LineIndex(text);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))) {
    out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  }
  return out;
}

/** Only the fixed number changed: the text before and after the edit is byte for byte the same. */
function assertOnlyNumberChanged(before: string, after: string, fix: FixData) {
  assert.equal(fix.edits.length, 1);
  const lines = new LineIndex(before);
  const start = lines.offsetAt(fix.edits[0].range.start);
  const end = lines.offsetAt(fix.edits[0].range.end);
  assert.match(before.slice(start, end), /^-?\d+$/, 'the edit replaces exactly the written number');
  assert.match(fix.edits[0].newText, /^\d+$/);
  assert.equal(after, before.slice(0, start) + fix.edits[0].newText + before.slice(end));
}

const sameFinding = (a: Diagnostic, b: Diagnostic) => a.code === b.code && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;

describe('choose a free precedence, in one document', () => {
  for (const name of ['precedence-reserved-range', 'precedence-collision', 'precedence-negative']) {
    test(`${name}: every fix applied alone reads cleanly and its finding is gone`, async () => {
      const { text } = parseMarkedFixture(fs.readFileSync(fixtureDir(`${name}.violation.ps1`), 'utf8'));
      const before = ownFindings(validateDocument('fixture.ps1', text, 'powershell'));
      const fixable = before.filter((d) => fixOf(d));
      assert.ok(fixable.length > 0);
      for (const d of fixable) {
        const fix = fixOf(d)!;
        const fixed = apply(text, fix);
        assertOnlyNumberChanged(text, fixed, fix);
        assert.match(d.message, new RegExp(`\\b${fix.edits[0].newText}\\b`), 'the message says which value the fix picks');
        assert.deepEqual(readPowerShellScript('fixed.ps1', fixed).diagnostics, [], 'our parser reads the fixed script cleanly');
        assert.equal(await treeSitterError(fixed), undefined);
        const after = ownFindings(validateDocument('fixed.ps1', fixed, 'powershell'));
        assert.ok(!after.some((x) => sameFinding(x, d)), `still reported: ${d.message}`);
      }
    });
  }

  test('the values picked: the highest free one below 100, the nearest one in range, or 0', () => {
    const picked = (name: string) =>
      ownFindings(validateDocument('fixture.ps1', parseMarkedFixture(fs.readFileSync(fixtureDir(`${name}.violation.ps1`), 'utf8')).text, 'powershell'))
        .filter((d) => fixOf(d))
        .map((d) => `${d.code} ${d.range.start.line + 1}→${fixOf(d)!.edits[0].newText}`);
    // 99 and 98 are taken by other custom rules of the file.
    assert.deepEqual(picked('precedence-reserved-range'), ['AADC004 7→97', 'AADC004 41→97']);
    assert.deepEqual(picked('precedence-negative'), ['AADC006 6→0', 'AADC006 40→0']);
    // 40 collides and 41 is taken: 39; 60 collides: 61; a custom rule at 150 goes below 100.
    assert.deepEqual(picked('precedence-collision').sort(), ['AADC004 214→99', 'AADC005 111→61', 'AADC005 145→61', 'AADC005 179→61', 'AADC005 214→99', 'AADC005 41→39', 'AADC005 7→39'].sort());
  });

  test('no fix where the number is not written in the script: a variable, or a server export', () => {
    const text = fs.readFileSync(fixtureDir('precedence-collision.violation.ps1'), 'utf8');
    const { text: plain } = parseMarkedFixture(text);
    const viaVariable = '$officePrecedence = 40\n' + plain.replace('-Precedence 40 `', '-Precedence $officePrecedence `');
    const office = ownFindings(validateDocument('v.ps1', viaVariable, 'powershell')).find((d) => d.code === 'AADC005' && d.range.start.line === 7)!;
    assert.match(office.message, /^Precedence 40 is also held by/);
    assert.equal(fixOf(office), undefined);
  });
});

describe('choose a free precedence, across files', () => {
  test('the fixed file no longer collides with the others', async () => {
    const folder = fixtureDir('precedence-collision-across-files', 'violation-with-server-export');
    const { files, readings } = readMarkedFolder(folder);
    const textOf = (f: string) => files.get(f)?.text;
    const found = structureFindings(readings, textOf);
    const fixable = found.filter((d) => fixOf(d));
    assert.deepEqual(fixable.map((d) => d.file.split('/').pop()), ['new-rules.ps1', 'new-rules.ps1', 'new-rules.ps1'], 'fixes only in the script, none in the server export');
    for (const d of fixable.filter((x) => x.code === 'AADC005')) {
      const fix = fixOf(d)!;
      const text = files.get(d.file)!.text;
      const fixed = apply(text, fix);
      assertOnlyNumberChanged(text, fixed, fix);
      assert.equal(await treeSitterError(fixed), undefined);
      const again = readMarkedFolder(folder);
      again.files.set(d.file, { text: fixed, expected: [] });
      const reread = again.readings.map((r) => (r.source === d.file ? readPowerShellScript(d.file, fixed) : r));
      assert.deepEqual(reread.flatMap((r) => r.diagnostics), []);
      const after = structureFindings(reread, (f) => again.files.get(f)?.text);
      assert.ok(!after.some((x) => x.file === d.file && sameFinding(x, d)), `still reported: ${d.message}`);
    }
  });
});
