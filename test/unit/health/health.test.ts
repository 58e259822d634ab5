import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runInProcess } from '../cli/support/cli-runner';
import { corpusDir, corpusPath, repoDir, skipWithoutCorpus } from '../../support/corpus';
import type { HealthReport } from '../../../server/src/service/health/health-report';
import { buildHealthReport } from '../../../server/src/service/health/build-health';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';

function health(...args: string[]): { code: number; report: HealthReport } {
  const r = runInProcess(['health', ...args, '--format', 'json']);
  assert.equal(r.err, '');
  return { code: r.code ?? -1, report: JSON.parse(r.out) as HealthReport };
}

describe('health of the contoso pair (the modified export as primary, the original as staging)', { skip: skipWithoutCorpus }, () => {
  const primary = corpusPath('server-config', 'contoso-1.1.130-modified');
  const staging = corpusPath('server-config', 'contoso-1.1.130');

  it('each server: its custom rule, the disabled and the modified out-of-box rule, the settings of MV.xml', () => {
    const { report } = health(primary, staging);
    const [p, s] = report.servers;
    assert.deepEqual([p.rules, p.standardRules, p.customRules, p.customFlows], [62, 61, 1, 1]);
    assert.deepEqual([s.rules, s.standardRules, s.customRules, s.customFlows], [62, 62, 0, 0]);
    assert.deepEqual(p.byConnector, [
      { connector: 'contoso.com', standard: 29, custom: 1 },
      { connector: 'contoso.onmicrosoft.com - AAD', standard: 32, custom: 0 },
    ]);
    assert.deepEqual(p.disabledStandard, ['Out to AAD - User DynamicsCRM']);
    assert.deepEqual(p.modifiedStandard, ['In from AD - User Common']);
    assert.deepEqual(s.disabledStandard, []);
    assert.deepEqual(s.modifiedStandard, []);
    assert.deepEqual(p.collisions, []);
    assert.deepEqual(p.customPrecedences, { lowest: 50, highest: 50, freeBelow100: 99 });
    assert.equal(p.settings?.['Microsoft.SynchronizationOption.AnchorAttribute'], 'objectGUID');
    assert.equal(p.settings?.['Microsoft.OptionalFeature.HybridExchange'], 'True');
    assert.equal(p.settings?.['Microsoft.OptionalFeature.ExportDeletionThresholdValue'], '500');
  });

  it('reads each file from disk once, for the readers and the placing of findings alike (the editor asks here too)', () => {
    const reads = new Map<string, number>();
    const counting = { ...nodeFileSource, readText: (p: string) => (reads.set(p, (reads.get(p) ?? 0) + 1), nodeFileSource.readText(p)) };
    const report = buildHealthReport([primary], [staging], counting);
    assert.equal(report.servers.length, 2);
    assert.ok(reads.size > 100, `${reads.size} files read`);
    assert.deepEqual([...reads].filter(([, n]) => n !== 1), []);
  });

  it('switch-over: the same settings on both, but four rules differ: blocked, exit 1', () => {
    const { code, report } = health(primary, staging);
    const so = report.switchOver!;
    assert.equal(code, 1);
    assert.deepEqual(so.settings.filter((x) => x.verdict !== 'same'), []);
    assert.deepEqual(so.rules, { same: 59, changed: 2, drift: 0, onlyInPrimary: 1, onlyInStaging: 1 });
    assert.deepEqual(so.blockers, ['4 rules differ (2 changed, 1 only in primary, 1 only in staging)']);
    assert.deepEqual(so.connectorsOnlyInPrimary, []);
    assert.deepEqual(so.connectorsOnlyInStaging, []);
    // Both exports come from servers that are not in staging mode.
    assert.deepEqual(so.warnings, ['neither server is in staging mode: both would export, and a switch-over expects the second one to be staging']);
  });

  it('a server against itself: nothing blocks, exit 0', () => {
    const { code, report } = health(staging, staging);
    assert.equal(code, 0);
    assert.deepEqual(report.switchOver!.blockers, []);
  });

  it('one server alone: facts only, exit 0; text and Markdown say the same', () => {
    const { code, report } = health(primary);
    assert.equal(code, 0);
    assert.equal(report.switchOver, undefined);
    const text = runInProcess(['health', primary]).out;
    assert.match(text, /^contoso-1\.1\.130-modified\n {2}62 rules: 61 out-of-box, 1 custom with 1 flow\n/);
    assert.match(text, /\n {2}modified out-of-box rules: In from AD - User Common\n/);
    const md = runInProcess(['health', primary, staging, '--format', 'markdown']).out;
    assert.match(md, /^# Sync rules health\n\n## contoso-1\.1\.130-modified\n/);
    assert.match(md, /\n- BLOCKED: 1 blocker\n- blocker: 4 rules differ/);
  });
});

const generator = path.resolve(corpusDir, '..', 'bench', 'gen-export.mjs');

describe('health of the generated 1,000-rule pair', { skip: fs.existsSync(generator) ? false : `no generator at ${generator}` }, () => {
  let dir: string;
  const file = (name: string, ...args: string[]) => {
    const out = path.join(dir, name);
    fs.writeFileSync(out, execFileSync(process.execPath, [generator, '1000', '1', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }));
    return out;
  };
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-health-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('1,000 custom rules, every precedence below 99 shared; 120 rules differ; no server settings to compare', () => {
    const { code, report } = health(file('primary.ps1'), file('staging.ps1', '--variant', 'staging'));
    assert.equal(code, 1);
    const [p] = report.servers;
    assert.deepEqual([p.rules, p.customRules, p.customFlows], [1000, 1000, 7539]);
    assert.equal(p.collisions.length, 99);
    assert.deepEqual(p.customPrecedences, { lowest: 0, highest: 98, freeBelow100: 1 });
    const so = report.switchOver!;
    assert.deepEqual(so.rules, { same: 880, changed: 100, drift: 0, onlyInPrimary: 20, onlyInStaging: 0 });
    assert.ok(so.settings.every((x) => x.verdict === 'unknown'));
    assert.deepEqual(so.blockers, ['120 rules differ (100 changed, 20 only in primary, 0 only in staging)']);
    assert.match(so.warnings.join('\n'), /the inputs hold no server settings/);
  });
});

describe('health of the bundled examples (scripts: no server settings)', () => {
  it('a connector whose rules are all on one side is a warning, not a blocker: a script only shows connectors through rules', () => {
    const { code, report } = health(path.join(repoDir, 'examples', 'primary'), path.join(repoDir, 'examples', 'staging'));
    assert.equal(code, 1);
    assert.deepEqual(report.switchOver!.blockers, ['2 rules differ (1 changed, 1 only in primary, 0 only in staging)']);
    assert.ok(report.switchOver!.warnings.includes('connectors with rules only on the primary: Entra ID connector'), report.switchOver!.warnings.join('\n'));
  });
});
