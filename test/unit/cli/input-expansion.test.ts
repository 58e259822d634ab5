// Which files a list of paths turns into, and under which format name each is read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { skipWithoutCorpus } from '../../support/corpus';
import { runInProcess } from './support/cli-runner';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { cliFixture } from './support/cli-fixtures';
import { corpusInput } from './support/corpus-inputs';
import { memoryFiles } from './support/memory-files';
import { parseJson, type LintJson, type ShowJson } from './support/output-shapes';

function lint(paths: string[], files?: Parameters<typeof runInProcess>[1]): LintJson {
  return parseJson<LintJson>(runInProcess(['lint', ...paths, '--format', 'json'], files).out, 'lint json');
}

describe('input expansion', () => {
  it('a folder is searched recursively: the sub-folder of exports is found, the text file passed over', () => {
    const { files } = lint([cliFixture.folder]);
    const names = files.map((f) => f.path.slice(cliFixture.folder.length + 1));
    assert.deepEqual(names, ['broken-string.ps1', 'clean.ps1', 'never-added.ps1', 'two-exports/01-out-to-ad-mail.ps1', 'two-exports/02-in-from-ad-title.ps1']);
  });

  it('a file named twice is read once', () => {
    const { files } = lint([cliFixture.brokenString, cliFixture.brokenString]);
    assert.deepEqual(files.map((f) => [f.rules, f.diagnostics.length]), [[1, 1]]);
  });

  it('each file is read from disk once per run, by the readers and by the placing of findings alike', () => {
    // Reading it again gave an equal but separate string, which every lookup of its line index then
    // compared character by character: `lint` of a 15 MB export took 13 s instead of 4.
    const reads = new Map<string, number>();
    const counting = { ...nodeFileSource, readText: (p: string) => (reads.set(p, (reads.get(p) ?? 0) + 1), nodeFileSource.readText(p)) };
    for (const command of [['lint', cliFixture.folder], ['lint', cliFixture.folder, '--format', 'sarif'], ['show', cliFixture.folder]]) {
      reads.clear();
      const r = runInProcess(command, counting);
      assert.ok(r.out.length > 0, r.err);
      assert.ok(reads.size >= 5, `${reads.size} files read`);
      assert.deepEqual([...reads].filter(([, n]) => n !== 1), [], command.join(' '));
    }
  });

  it('a file named beside the folder that holds it is read once', () => {
    const { files } = lint([cliFixture.neverAdded, cliFixture.folder]);
    const neverAdded = files.filter((f) => f.path === cliFixture.neverAdded);
    assert.deepEqual(neverAdded.map((f) => [f.rules, f.diagnostics.length]), [[1, 1]]);
  });

  it('a Documenter script saved as .ps1 (before v1.20) is told apart by its header', { skip: skipWithoutCorpus }, () => {
    const file = '/memory/old-documenter/report.ps1';
    const { source } = memoryFiles({ [file]: readFileSync(corpusInput.documenterScript, 'utf8') });
    const r = runInProcess(['show', file, '--format', 'json'], source);
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(parseJson<ShowJson>(r.out, 'show').inputs.map((i) => i.format), ['documenter-script']);
  });

  it('a .ps1.txt file is a Documenter script by its name alone', () => {
    const file = '/memory/x_AADConnectSync_report.ps1.txt';
    const { source } = memoryFiles({ [file]: readFileSync(cliFixture.clean, 'utf8') });
    assert.deepEqual(parseJson<ShowJson>(runInProcess(['show', file, '--format', 'json'], source).out, 'show').inputs.map((i) => i.format), ['documenter-script']);
  });

  it('a symlink back to a parent folder does not make the walk fail or read a file twice', (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-cli-loop-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.mkdirSync(path.join(dir, 'exports'));
    fs.copyFileSync(cliFixture.clean, path.join(dir, 'exports', 'clean.ps1'));
    try {
      fs.symlinkSync('..', path.join(dir, 'exports', 'up'), 'dir');
    } catch {
      return t.skip('cannot create a symlink here');
    }
    const r = runInProcess(['lint', dir, '--format', 'json']);
    assert.equal(r.code, 0, r.err.slice(0, 300));
    const files = parseJson<LintJson>(r.out, 'lint json').files;
    assert.deepEqual(files.map((f) => [fs.realpathSync(f.path), f.rules]), [[fs.realpathSync(path.join(dir, 'exports', 'clean.ps1')), 1]]);
  });
});
