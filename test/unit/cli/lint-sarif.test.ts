// --format sarif feeds code-scanning tools: SARIF 2.1.0 structure, with 1-based regions that match the JSON output.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sarifValidator } from './support/sarif-schema';
import { toSarif } from '../../../server/src/cli/sarif';
import { lintReadings } from '../../../server/src/service/lint';
import { expandInputs, readInput } from '../../../server/src/service/inputs';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { allCheckMetas } from '../../../server/src/checks';
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
    const ids = log.runs[0].tool.driver.rules.map((r) => r.id);
    assert.deepEqual(ids, [...ids].sort(), 'rules listed once each, by code');
    for (const code of ['AADC000', 'AADC019', 'AADC020', 'AADC021', 'AADC024']) assert.ok(ids.includes(code), `${code} is described`);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = sarifValidator();
    const ok = validate(sarif());
    assert.equal(ok, true, JSON.stringify(validate.errors?.slice(0, 5)));
    assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false, 'the validator does reject a broken log');
  });

  it('rules carry a name, a default level and a help URI to their docs page; results point at their rule', () => {
    const [run] = sarif().runs;
    const rules = run.tool.driver.rules as unknown as { id: string; name: string; defaultConfiguration: { level: string }; helpUri?: string }[];
    for (const r of rules) {
      assert.ok(r.name.length > 0);
      assert.ok(['error', 'warning', 'note'].includes(r.defaultConfiguration.level));
      assert.match(r.helpUri ?? '', new RegExp(`^file://.*/docs/rules/${r.id}\\.md$`));
    }
    for (const result of run.results as unknown as { ruleId: string; ruleIndex: number }[]) assert.equal(rules[result.ruleIndex].id, result.ruleId);
  });

  it('fingerprints stay the same when lines above the finding move', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-sarif-'));
    const file = path.join(dir, 'broken-string.ps1');
    const original = fs.readFileSync(cliFixture.brokenString, 'utf8');
    const run = (text: string) => {
      fs.writeFileSync(file, text);
      const reading = expandInputs([file], nodeFileSource).map((ref) => readInput(ref, nodeFileSource));
      const textOf = (f: string) => fs.readFileSync(f, 'utf8');
      const log = toSarif(lintReadings(reading, textOf), { version: '0', metas: allCheckMetas(), root: dir, textOf }) as unknown as SarifLog;
      return log.runs[0].results as unknown as { partialFingerprints: Record<string, string>; locations: SarifLog['runs'][0]['results'][0]['locations'] }[];
    };
    const before = run(original);
    const after = run('\n\n# a comment added above\n' + original);
    assert.equal(before.length, 1);
    assert.equal(after[0].locations[0].physicalLocation.region.startLine, before[0].locations[0].physicalLocation.region.startLine + 3);
    assert.deepEqual(after[0].partialFingerprints, before[0].partialFingerprints);
    assert.match(Object.values(before[0].partialFingerprints)[0], /^[0-9a-f]{32}$/);
    assert.equal(before[0].locations[0].physicalLocation.artifactLocation.uri, 'broken-string.ps1', 'relative to the root');
  });

  it('has one result per JSON diagnostic: same code, level, message, and the 0-based range + 1', () => {
    const json = parseJson<LintJson>(runInProcess(['lint', ...inputs, '--format', 'json']).out, 'lint json');
    const expected = json.files.flatMap((f) =>
      f.diagnostics.map((d) => ({
        ruleId: d.code,
        level: { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[d.severity],
        text: d.message,
        uri: path.relative(process.cwd(), path.resolve(f.path)).split(path.sep).join('/'),
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
