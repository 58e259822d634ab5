// --format sarif feeds code-scanning tools: SARIF 2.1.0 structure, with 1-based regions that match the JSON output.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { runInProcess, runProcess, IN_PROCESS_VERSION } from './support/cli-runner';
import { cliFixture } from './support/cli-fixtures';
import { parseJson, type LintJson } from './support/output-shapes';

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string }[] } };
    artifacts: { location: { uri: string } }[];
    results: {
      ruleId: string;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; index: number }; region: Record<string, number> } }[];
    }[];
  }[];
}

const inputs = [cliFixture.brokenString, cliFixture.neverAdded, cliFixture.clean];

function sarif(): SarifLog {
  const r = runInProcess(['lint', ...inputs, '--format', 'sarif', '--fail-on', 'never']);
  assert.equal(r.code, 0, r.err);
  return parseJson<SarifLog>(r.out, 'lint --format sarif');
}

describe('lint --format sarif', () => {
  it('is a SARIF 2.1.0 log with one run whose driver is adsync-rules', () => {
    const log = sarif();
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0].tool.driver.name, 'adsync-rules');
    assert.equal(log.runs[0].tool.driver.version, IN_PROCESS_VERSION);
    assert.deepEqual(log.runs[0].tool.driver.rules.map((r) => r.id), ['AADC000', 'AADC024']);
  });

  it('has one result per JSON diagnostic: same code, level, message, and the 0-based range + 1', () => {
    const json = parseJson<LintJson>(runInProcess(['lint', ...inputs, '--format', 'json']).out, 'lint json');
    const expected = json.files.flatMap((f) =>
      f.diagnostics.map((d) => ({
        ruleId: d.code,
        level: { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[d.severity],
        text: d.message,
        uri: pathToFileURL(f.path).href,
        region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
      })),
    );
    const { results } = sarif().runs[0];
    const actual = results.map((r) => {
      assert.equal(r.locations.length, 1);
      const { artifactLocation, region } = r.locations[0].physicalLocation;
      return { ruleId: r.ruleId, level: r.level, text: r.message.text, uri: artifactLocation.uri, region };
    });
    assert.equal(expected.length, 2, 'the fixtures give one error and one warning');
    assert.deepEqual(actual, expected);
  });

  it('the syntax error sits at line 23, column 17 (1-based), where the fixture opens the quote', () => {
    const [first] = sarif().runs[0].results;
    assert.equal(first.ruleId, 'AADC000');
    assert.equal(first.level, 'error');
    assert.equal(first.locations[0].physicalLocation.region.startLine, 23);
    assert.equal(first.locations[0].physicalLocation.region.startColumn, 17);
  });

  it('every artifactLocation.index points at the artifact with the same uri', () => {
    const [run] = sarif().runs;
    assert.equal(run.artifacts.length, inputs.length);
    for (const r of run.results) {
      const { uri, index } = r.locations[0].physicalLocation.artifactLocation;
      assert.equal(run.artifacts[index]?.location.uri, uri);
    }
  });

  it('a clean input gives an empty results array, not a missing one', () => {
    const r = runProcess(['lint', cliFixture.clean, '--format', 'sarif']);
    assert.equal(r.code, 0, r.err);
    const log = parseJson<SarifLog>(r.out, 'sarif');
    assert.deepEqual(log.runs[0].results, []);
    assert.match(log.runs[0].tool.driver.version, /^\d+\.\d+\.\d+/, 'the bundle reports the package version');
  });
});
