// Windows tools write PowerShell files with a byte-order mark, as UTF-8 or (Windows PowerShell 5.1's `>` and
// Out-File) as UTF-16LE; the CLI must read each as the same script.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runInProcess } from './support/cli-runner';
import { cliFixture } from './support/cli-fixtures';
import { parseJson, type LintJson } from './support/output-shapes';

function lint(file: string) {
  const r = runInProcess(['lint', file, '--format', 'json']);
  const [report] = parseJson<LintJson>(r.out, 'lint json').files;
  return { code: r.code, rules: report.rules, diagnostics: report.diagnostics };
}

describe('file encodings', () => {
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-cli-encodings-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Writes `source` re-encoded (CRLF line ends, as Windows writes them) into the temp folder. */
  function reencoded(source: string, name: string, encode: (text: string) => Buffer): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, encode(fs.readFileSync(source, 'utf8').replace(/\n/g, '\r\n')));
    return file;
  }
  const utf8Bom = (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]);
  const utf16leBom = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]);

  it('UTF-8 with a BOM: the same rule and the same diagnostic positions as without', () => {
    assert.deepEqual(lint(reencoded(cliFixture.brokenString, 'broken-utf8bom.ps1', utf8Bom)), lint(cliFixture.brokenString));
    assert.deepEqual(lint(reencoded(cliFixture.clean, 'clean-utf8bom.ps1', utf8Bom)), { code: 0, rules: 1, diagnostics: [] });
  });

  it('UTF-16LE with a BOM: read as the same clean script', () => {
    assert.deepEqual(lint(reencoded(cliFixture.clean, 'clean-utf16le.ps1', utf16leBom)), { code: 0, rules: 1, diagnostics: [] });
  });
});
