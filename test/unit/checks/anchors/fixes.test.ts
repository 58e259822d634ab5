import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FixData } from '../../../../server/src/checks/check';
import { LineIndex } from '../../../../server/src/model/line-index';
import type { PlainDiagnostic } from '../../../../server/src/model/rule-set';
import { validateDocument } from '../../../../server/src/service/validate';
import { treeSitterError } from '../../../support/tree-sitter';
import { judged, lintFixture } from './support';

function fixOf(d: PlainDiagnostic): FixData | undefined {
  return (d.data as { fix?: FixData } | undefined)?.fix;
}

function apply(text: string, fix: FixData): string {
  const lines = new LineIndex(text);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))) {
    out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  }
  return out;
}

/** Applies the one fix each finding of `code` carries and checks the result reads cleanly and no longer has the finding. */
async function applyEach(name: string, code: string, expectedFixes: number, check: (before: string, after: string) => void) {
  const { file, fixture, diagnostics } = lintFixture(name);
  const fixable = diagnostics.filter((d) => d.code === code && fixOf(d));
  assert.equal(fixable.length, expectedFixes);
  for (const d of fixable) {
    const fixed = apply(fixture.text, fixOf(d)!);
    check(fixture.text, fixed);
    const after = judged(validateDocument(file, fixed, 'powershell'));
    assert.ok(!after.some((x) => x.code === d.code && x.message === d.message), `still reported: ${d.message}`);
    assert.ok(!after.some((x) => x.code === 'AADC000' || x.code === 'AADC024'), 'the fixed script still reads and binds cleanly');
    assert.equal(await treeSitterError(fixed), undefined);
  }
}

describe('quick fixes of the anchor and join checks', () => {
  test('AADC008: enabling "Out to AD - User ImmutableId" removes exactly its -Disabled line', async () => {
    await applyEach('consistencyguid-writeback.violation.ps1', 'AADC008', 1, (before, after) => {
      assert.equal(after, before.replace("-ImmutableTag 'Microsoft.OuttoADUserImmutableId.002' `\n-Disabled  `\n", "-ImmutableTag 'Microsoft.OuttoADUserImmutableId.002' `\n"));
    });
  });

  test('AADC029: disabling the original adds one -Disabled line before its -OutVariable', async () => {
    await applyEach('cloned-standard-still-enabled.violation.ps1', 'AADC029', 2, (before, after) => {
      assert.equal(after.length, before.length + '-Disabled  `\n'.length);
      // Removing the inserted line gives the original back, byte for byte.
      const k = after.indexOf('-Disabled  `\n');
      assert.equal(after.slice(0, k) + after.slice(k + '-Disabled  `\n'.length), before);
      assert.match(after.slice(k + '-Disabled  `\n'.length), /^-OutVariable syncRule\n/);
    });
  });

  test('AADC029: CRLF scripts get a CRLF line', async () => {
    const { fixture } = lintFixture('cloned-standard-still-enabled.violation.ps1');
    const crlf = fixture.text.replace(/\n/g, '\r\n');
    const d = judged(validateDocument('crlf.ps1', crlf, 'powershell')).find((x) => x.code === 'AADC029' && fixOf(x));
    assert.ok(d);
    const fixed = apply(crlf, fixOf(d)!);
    assert.ok(fixed.includes('-Disabled  `\r\n-OutVariable syncRule\r\n'));
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF');
    assert.equal(await treeSitterError(fixed), undefined);
  });

  test('AADC029: each fix names the out-of-box rule it disables', () => {
    const { diagnostics } = lintFixture('cloned-standard-still-enabled.violation.ps1');
    assert.ok(diagnostics.filter((d) => d.code === 'AADC029').every((d) => fixOf(d)?.title.startsWith('Disable "In from AD - ')));
  });
});
