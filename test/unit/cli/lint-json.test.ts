// The `lint --format json` contract: exact shape, severity names, 0-based ranges, and silence on every real file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { skipWithoutCorpus } from '../../support/corpus';
import { runInProcess } from './support/cli-runner';
import { BROKEN_STRING_START, cliFixture } from './support/cli-fixtures';
import { corpusInput, everyCorpusInput } from './support/corpus-inputs';
import { memoryFiles } from './support/memory-files';
import { assertKeys, parseJson, SEVERITY_NAMES, type LintJson } from './support/output-shapes';

function lintJson(paths: string[], files?: Parameters<typeof runInProcess>[1]): { code: number | null; json: LintJson } {
  const r = runInProcess(['lint', ...paths, '--format', 'json'], files);
  assert.equal(r.err, '');
  return { code: r.code, json: parseJson<LintJson>(r.out, 'lint --format json') };
}

function assertLintShape(json: LintJson) {
  assertKeys(json, ['files'], [], 'top level');
  for (const file of json.files) {
    assertKeys(file, ['path', 'rules', 'diagnostics'], [], `file ${file.path}`);
    assert.ok(Number.isInteger(file.rules) && file.rules >= 0, `${file.path}: rules ${file.rules}`);
    for (const d of file.diagnostics) {
      assertKeys(d, ['code', 'severity', 'message', 'range'], [], `diagnostic in ${file.path}`);
      assert.ok((SEVERITY_NAMES as readonly string[]).includes(d.severity), `severity ${d.severity}`);
      assertKeys(d.range, ['start', 'end'], [], 'range');
      for (const p of [d.range.start, d.range.end]) {
        assertKeys(p, ['line', 'character'], [], 'position');
        assert.ok(Number.isInteger(p.line) && p.line >= 0 && Number.isInteger(p.character) && p.character >= 0, `position ${JSON.stringify(p)}`);
      }
    }
  }
}

describe('lint --format json (own fixtures)', () => {
  it('an unterminated string: one AADC000 error at the opening quote, 0-based, and the rule is still read', () => {
    const { json } = lintJson([cliFixture.brokenString]);
    assertLintShape(json);
    assert.equal(json.files.length, 1);
    const [file] = json.files;
    assert.equal(file.path, cliFixture.brokenString);
    assert.equal(file.rules, 1);
    assert.equal(file.diagnostics.length, 1, JSON.stringify(file.diagnostics));
    const [d] = file.diagnostics;
    assert.equal(d.code, 'AADC000');
    assert.equal(d.severity, 'error');
    assert.match(d.message, /unterminated string/i);
    assert.deepEqual(d.range.start, BROKEN_STRING_START);
    assert.equal(d.range.end.line, BROKEN_STRING_START.line);
    // The range really covers the quote in the file: line 23 of the fixture is -ValueMergeType 'Update `
    const line = fs.readFileSync(cliFixture.brokenString, 'utf8').split('\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), "'Update");
  });

  it('a rule never added: one AADC024 warning on its name', () => {
    const { json } = lintJson([cliFixture.neverAdded]);
    assertLintShape(json);
    const [d, ...rest] = json.files[0].diagnostics;
    assert.deepEqual(rest, []);
    assert.equal(d.code, 'AADC024');
    assert.equal(d.severity, 'warning');
    assert.match(d.message, /never added/);
    const line = fs.readFileSync(cliFixture.neverAdded, 'utf8').split('\n')[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), 'In from AD - User Never Added');
  });

  it('a clean file: listed with its rule count and an empty diagnostics array', () => {
    const { code, json } = lintJson([cliFixture.clean]);
    assert.equal(code, 0);
    assert.deepEqual(json, { files: [{ path: cliFixture.clean, rules: 1, diagnostics: [] }] });
  });

  it('a folder: one entry per input file in name order, each with its own findings', () => {
    const { json } = lintJson([cliFixture.twoExports, cliFixture.brokenString]);
    assertLintShape(json);
    assert.deepEqual(
      json.files.map((f) => [f.path, f.rules, f.diagnostics.map((d) => d.code)]),
      [
        [`${cliFixture.twoExports}/01-out-to-ad-mail.ps1`, 1, []],
        [`${cliFixture.twoExports}/02-in-from-ad-title.ps1`, 1, []],
        [cliFixture.brokenString, 1, ['AADC000']],
      ],
    );
  });

  it('CRLF line endings (how the Rules Editor writes on Windows) give the same positions as LF', () => {
    const lf = fs.readFileSync(cliFixture.brokenString, 'utf8');
    const crlfPath = '/memory/broken-crlf.ps1';
    const { source } = memoryFiles({ [crlfPath]: lf.replace(/\n/g, '\r\n') });
    const crlf = lintJson([crlfPath], source).json.files[0].diagnostics;
    assert.deepEqual(crlf, lintJson([cliFixture.brokenString]).json.files[0].diagnostics);
  });
});

describe('lint --format json on the corpus', { skip: skipWithoutCorpus }, () => {
  it('finds no reading or expression error in any corpus file of any kind, and reads rules from each', () => {
    const { json } = lintJson(everyCorpusInput);
    assertLintShape(json);
    // The risk checks do find things in the real files (each group's corpus test lists them and why).
    const READING = ['AADC000', 'AADC019', 'AADC020', 'AADC021', 'AADC024'];
    const noisy = json.files.filter((f) => f.diagnostics.some((d) => READING.includes(d.code))).map((f) => `${f.path}: ${f.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ')}`);
    assert.deepEqual(noisy, []);
    const rulesIn = (prefix: string) => json.files.filter((f) => f.path.startsWith(prefix)).reduce((n, f) => n + f.rules, 0);
    // 9 + 6 + 1 + 1 + 2 + 2 rules in the six exports (corpus README).
    assert.equal(rulesIn(corpusInput.sreFolder), 21);
    assert.equal(rulesIn(corpusInput.serverConfig + '/'), 62);
    assert.equal(rulesIn(corpusInput.documenterScript), 1);
    assert.ok(rulesIn(corpusInput.documenterReport) >= 62, 'the report is read');
  });
});
