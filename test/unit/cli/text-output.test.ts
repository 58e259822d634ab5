// The default text formats are what people read in a terminal: one line per rule, and clickable path:line:col findings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { skipWithoutCorpus } from '../../support/corpus';
import { runInProcess, runProcess } from './support/cli-runner';
import { cliFixture } from './support/cli-fixtures';
import { corpusInput } from './support/corpus-inputs';
import { allRules, parseJson, type LintJson, type ShowJson } from './support/output-shapes';

/** Rule lines are the ones indented under a config line (4 spaces; inputs have none, configs 2). */
function ruleLines(text: string): string[] {
  return text.split('\n').filter((l) => l.startsWith('    '));
}

function assertOneLinePerRule(paths: string[]) {
  const text = runInProcess(['show', ...paths]);
  assert.equal(text.code, 0, text.err);
  const rules = allRules(parseJson<ShowJson>(runInProcess(['show', ...paths, '--format', 'json']).out, 'show json'));
  const lines = ruleLines(text.out);
  assert.equal(lines.length, rules.length, text.out);
  rules.forEach((rule, k) => {
    assert.ok(lines[k].includes(rule.name!), `line ${k} ${JSON.stringify(lines[k])} should name ${rule.name}`);
    assert.ok(lines[k].includes(String(rule.precedence ?? rule.unresolved?.precedence)), `line ${k} should show the precedence`);
  });
}

const LINT_LINE = /^(.+):(\d+):(\d+) {2}(error|warning|information|hint) {2}(.+) {2}\[([A-Z]+\d+)\]$/;
const SUMMARY = /^(\d+) files?, (\d+) rules?: (\d+) errors?, (\d+) warnings?, (\d+) notes?$/;

describe('show (text)', () => {
  it('one line per rule, in order, under a line per input naming its format', () => {
    assertOneLinePerRule([cliFixture.twoExports, cliFixture.clean]);
    const out = runProcess(['show', cliFixture.twoExports]).out;
    assert.match(out, /^.*01-out-to-ad-mail\.ps1 {2}\(sre-export\)$/m);
    assert.match(out, /^ {4} {2}45 {2}Outbound Out to AD - User Fabrikam Mail {2}\[custom; Join; 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9; 1 flows, 0 scope, 0 join\]$/m);
  });

  it('one line per rule for the corpus: an export, a report (both sides), a server-config folder', { skip: skipWithoutCorpus }, () => {
    assertOneLinePerRule([corpusInput.standardExcerpt, corpusInput.derivedTeams]);
    assertOneLinePerRule([corpusInput.documenterReport]);
    assertOneLinePerRule([corpusInput.serverConfig]);
  });
});

describe('lint (text)', () => {
  it('prints path:line:col  severity  message  [code] for each finding, matching the JSON output + 1', () => {
    const inputs = [cliFixture.brokenString, cliFixture.neverAdded, cliFixture.clean];
    const r = runProcess(['lint', ...inputs, '--fail-on', 'never']);
    assert.equal(r.code, 0);
    const lines = r.out.trimEnd().split('\n');
    const findings = lines.slice(0, -1).map((l) => {
      const m = LINT_LINE.exec(l);
      assert.ok(m, `not a finding line: ${JSON.stringify(l)}`);
      return { path: m[1], line: Number(m[2]), column: Number(m[3]), severity: m[4], message: m[5], code: m[6] };
    });
    const json = parseJson<LintJson>(runProcess(['lint', ...inputs, '--format', 'json']).out, 'lint json');
    assert.deepEqual(
      findings,
      json.files.flatMap((f) =>
        f.diagnostics.map((d) => ({ path: f.path, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity, message: d.message, code: d.code })),
      ),
    );
    assert.equal(findings.length, 2);
  });

  it('ends with a summary line counting files, rules, errors, warnings and notes', () => {
    const r = runProcess(['lint', cliFixture.brokenString, cliFixture.neverAdded, cliFixture.clean]);
    const last = r.out.trimEnd().split('\n').at(-1)!;
    assert.deepEqual(SUMMARY.exec(last)?.slice(1).map(Number), [3, 3, 1, 1, 0], last);
    assert.ok(r.out.endsWith('\n'));
  });

  it('a clean run prints only the summary', () => {
    assert.equal(runProcess(['lint', cliFixture.twoExports]).out, '2 files, 2 rules: 0 errors, 0 warnings, 0 notes\n');
  });
});
