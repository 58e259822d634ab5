// lint's exit code is what CI pipelines act on: 0 clean, 1 when a finding reaches --fail-on, in-process and as a process.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { skipWithoutCorpus } from '../../support/corpus';
import { runners } from './support/cli-runner';
import { cliFixture } from './support/cli-fixtures';
import { everyCorpusInput } from './support/corpus-inputs';

for (const { name, run } of runners) {
  describe(`lint exit codes (${name})`, () => {
    it('0 for a clean file, with nothing on stderr', () => {
      const r = run(['lint', cliFixture.clean]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '');
    });

    it('1 for a syntax error with the default --fail-on error', () => {
      assert.equal(run(['lint', cliFixture.brokenString]).code, 1);
    });

    it('1 when one of several inputs has a syntax error', () => {
      assert.equal(run(['lint', cliFixture.clean, cliFixture.brokenString, cliFixture.twoExports]).code, 1);
    });

    it('0 for a syntax error with --fail-on never, and the error is still printed', () => {
      const r = run(['lint', cliFixture.brokenString, '--fail-on', 'never']);
      assert.equal(r.code, 0);
      assert.match(r.out, /AADC000/);
    });

    it('a warning alone: 0 by default, 1 with --fail-on warning', () => {
      assert.equal(run(['lint', cliFixture.neverAdded]).code, 0);
      assert.equal(run(['lint', cliFixture.neverAdded, '--fail-on', 'warning']).code, 1);
      assert.equal(run(['lint', cliFixture.neverAdded, '--fail-on=warning']).code, 1);
    });

    it('an error also fails --fail-on warning (warning means "warning or worse")', () => {
      assert.equal(run(['lint', cliFixture.brokenString, '--fail-on', 'warning']).code, 1);
    });

    it('the output format does not change the exit code', () => {
      for (const format of ['text', 'json', 'sarif']) {
        assert.equal(run(['lint', cliFixture.brokenString, '--format', format]).code, 1, format);
        assert.equal(run(['lint', cliFixture.clean, '--format', format]).code, 0, format);
      }
    });
  });
}

describe('lint exit code on the corpus', { skip: skipWithoutCorpus }, () => {
  it('0 with --fail-on never, and every finding on the real files is a risk check, not a reading error', () => {
    const r = runners[1].run(['lint', ...everyCorpusInput, '--fail-on', 'never', '--format', 'json']);
    assert.equal(r.code, 0, r.out);
    const codes = (JSON.parse(r.out).files as { diagnostics: { code: string }[] }[]).flatMap((f) => f.diagnostics.map((d) => d.code));
    assert.deepEqual(codes.filter((c) => ['AADC000', 'AADC019', 'AADC020', 'AADC021', 'AADC024'].includes(c)), []);
  });
});
