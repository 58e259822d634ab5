// Exit code 2 is the CLI's "you asked wrongly or I could not read": short messages on stderr, never a stack trace.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoDir } from '../../support/corpus';
import { IN_PROCESS_VERSION, runInProcess, runners, runProcess, type CliResult } from './support/cli-runner';
import { cliFixture } from './support/cli-fixtures';
import { errnoError, memoryFiles } from './support/memory-files';

const packageVersion = (JSON.parse(readFileSync(path.join(repoDir, 'package.json'), 'utf8')) as { version: string }).version;

/** One line on stderr, naming what went wrong; nothing on stdout. */
function assertOneLineError(r: CliResult, mentions: string) {
  assert.equal(r.code, 2, `exit code; stderr: ${r.err}`);
  assert.equal(r.out, '');
  const lines = r.err.split('\n');
  assert.deepEqual(lines.slice(1), [''], `exactly one line on stderr, got: ${JSON.stringify(r.err)}`);
  assert.ok(lines[0].includes(mentions), `stderr ${JSON.stringify(lines[0])} should name ${mentions}`);
  assert.doesNotMatch(r.err, /^\s+at /m, 'no stack trace');
}

/** A usage error: the reason first, then the usage text, all on stderr. */
function assertUsageError(r: CliResult, reason: RegExp) {
  assert.equal(r.code, 2, `exit code; stderr: ${r.err}`);
  assert.equal(r.out, '');
  assert.match(r.err.split('\n')[0], reason);
  assert.match(r.err, /Usage:\n\s+adsync-rules show .*\n\s+adsync-rules lint /);
  assert.doesNotMatch(r.err, /^\s+at /m, 'no stack trace');
}

for (const { name, run } of runners) {
  describe(`usage errors exit 2 with usage on stderr (${name})`, () => {
    it('an unknown command', () => assertUsageError(run(['frobnicate', cliFixture.clean]), /unknown command 'frobnicate'/));
    it('an unknown option', () => assertUsageError(run(['lint', cliFixture.clean, '--bogus']), /unknown option --bogus/));
    it('an option the command does not take (--fail-on on show)', () => assertUsageError(run(['show', cliFixture.clean, '--fail-on', 'never']), /unknown option --fail-on/));
    it('a --format value lint does not know', () => assertUsageError(run(['lint', cliFixture.clean, '--format', 'xml']), /--format must be one of: text, json, sarif/));
    it('a --format value show does not know (sarif is lint only)', () => assertUsageError(run(['show', cliFixture.clean, '--format', 'sarif']), /--format must be one of: text, json/));
    it('a --fail-on value that is not a level', () => assertUsageError(run(['lint', cliFixture.clean, '--fail-on', 'info']), /--fail-on must be one of: error, warning, never/));
    it('--format with no value', () => assertUsageError(run(['lint', cliFixture.clean, '--format']), /--format needs a value/));
    it('lint with no paths', () => assertUsageError(run(['lint']), /lint needs at least one file or folder/));
    it('show with no paths', () => assertUsageError(run(['show', '--format', 'json']), /show needs at least one file or folder/));
  });

  describe(`input errors exit 2 with one line naming the path (${name})`, () => {
    it('a missing file', () => assertOneLineError(run(['lint', 'no-such-export.ps1']), 'no-such-export.ps1'));
    it('a missing file after a good one: nothing is printed for the good one', () => assertOneLineError(run(['show', cliFixture.clean, 'missing/rules.ps1']), 'missing/rules.ps1'));
    it('a file of an unsupported type named explicitly', () => assertOneLineError(run(['lint', cliFixture.notes]), cliFixture.notes));
  });

  describe(`help and version (${name})`, () => {
    it('--version prints the version alone and exits 0', () => {
      const r = run(['--version']);
      assert.equal(r.code, 0);
      assert.equal(r.err, '');
      assert.equal(r.out, `${name.includes('in-process') ? IN_PROCESS_VERSION : packageVersion}\n`);
    });

    it('--help prints usage on stdout and exits 0', () => {
      const r = run(['--help']);
      assert.equal(r.code, 0);
      assert.equal(r.err, '');
      assert.match(r.out, /^Usage:/);
    });
  });
}

describe('errors only a file source can produce', () => {
  it('an unreadable file: exit 2, one line with the path and "permission denied"', () => {
    const file = '/memory/locked.ps1';
    const { source } = memoryFiles({}, { [file]: errnoError('EACCES', 'open', file) });
    const r = runInProcess(['lint', file], source);
    assertOneLineError(r, file);
    assert.match(r.err, /permission denied/);
  });

  it('a folder holding no input: exit 2, one line naming the folder', () => {
    const { source } = memoryFiles({ '/memory/notes/readme.txt': 'nothing here' });
    assertOneLineError(runInProcess(['show', '/memory/notes'], source), '/memory/notes');
  });

  it('a usage error is reported before any input is read', () => {
    const file = '/memory/rules.ps1';
    const { source, reads } = memoryFiles({ [file]: readFileSync(cliFixture.clean, 'utf8') });
    assertUsageError(runInProcess(['lint', file, '--format', 'xml'], source), /--format must be one of/);
    assert.deepEqual(reads, [], 'files read before the usage error');
  });

  it('a usage error wins over a missing file', () => {
    assertUsageError(runInProcess(['lint', 'no-such-export.ps1', '--format', 'xml']), /--format must be one of/);
  });
});

describe('no arguments at all', () => {
  it('exits 2', () => assert.equal(runProcess([]).code, 2));

  it('puts the usage on stderr, since it is an error exit', () => {
    const r = runProcess([]);
    assert.equal(r.out, '');
    assert.match(r.err, /Usage:/);
  });
});
