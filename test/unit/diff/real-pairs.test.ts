import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/main';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';

function diff(...args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(['diff', ...args], { out: (t) => (out += t), err: (t) => (err += t), files: nodeFileSource, version: 't' });
  return { code, out, err, json: args.includes('json') ? JSON.parse(out) : undefined };
}

type Json = { summary: Record<string, number>; rules: { name: string; status: string; standard: boolean; changes: { field: string; primary: unknown; staging: unknown }[]; actionable?: boolean; unsupported?: boolean }[]; settings: unknown[] };

/** What the corpus README says a correct diff of the modified export against the original finds. */
function assertContosoVerdict(json: Json) {
  assert.deepEqual(json.summary, { same: 59, changed: 2, drift: 0, onlyInPrimary: 1, onlyInStaging: 1 });
  const differing = json.rules.filter((r) => r.status !== 'same').map((r) => ({ status: r.status, name: r.name, fields: r.changes.map((c) => c.field), actionable: r.actionable ?? false, unsupported: r.unsupported ?? false }));
  assert.deepEqual(differing, [
    { status: 'changed', name: 'In from AD - User Common', fields: ['flows[department].expression'], actionable: false, unsupported: true },
    { status: 'changed', name: 'Out to AAD - User DynamicsCRM', fields: ['disabled'], actionable: true, unsupported: false },
    { status: 'onlyInPrimary', name: 'Custom In from AD - User Join Filter SVC Accounts', fields: [], actionable: false, unsupported: false },
    { status: 'onlyInStaging', name: 'Out to AAD - Contact SharePointOnline', fields: [], actionable: false, unsupported: false },
  ]);
  assert.deepEqual(json.settings, []);
}

describe('real pairs', { skip: skipWithoutCorpus }, () => {
  test('contoso modified vs original server exports: exactly the four known differences; exit 1', () => {
    const r = diff(corpusPath('server-config', 'contoso-1.1.130-modified'), corpusPath('server-config', 'contoso-1.1.130'), '--format', 'json');
    assert.equal(r.code, 1);
    assertContosoVerdict(r.json);
  });

  test('the same verdict from the Config Documenter report of that pair (pilot vs production)', () => {
    const r = diff(corpusPath('documenter', 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html'), '--format', 'json');
    assertContosoVerdict(r.json);
  });

  test('a server export against itself, and the unmodified report: equivalent, exit 0', () => {
    const folder = corpusPath('server-config', 'contoso-1.1.130');
    const self = diff(folder, folder, '--format', 'json');
    assert.equal(self.code, 0);
    assert.equal(self.json.summary.same, 62);
    const report = diff(corpusPath('documenter', 'Contoso_Pilot_AppliedTo_Contoso_Production_AADConnectSync_report.html'));
    assert.equal(report.code, 0, report.out);
  });

  test('gen-export 1000 vs its staging variant: 20 only in primary, 100 changed, 880 same, with no --map', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-diff-'));
    const generator = path.resolve(corpusPath('..', 'bench', 'gen-export.mjs'));
    const write = (name: string, ...args: string[]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, execFileSync(process.execPath, [generator, '1000', '1', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }));
      return file;
    };
    const r = diff(write('primary.ps1'), write('staging.ps1', '--variant', 'staging'), '--format', 'json');
    assert.deepEqual(r.json.summary, { same: 880, changed: 100, drift: 0, onlyInPrimary: 20, onlyInStaging: 0 });
    assert.equal(r.code, 1);
  });
});

describe('diff on the command line', () => {
  test('usage errors exit 2: one input that is not a report, a bad --map', () => {
    assert.equal(diff('examples/primary').code, 2);
    assert.equal(diff('examples/primary', 'examples/staging', '--map', 'not-a-guid').code, 2);
  });

  test('the bundled examples differ: exit 1 and a readable text report', () => {
    const r = diff('examples/primary', 'examples/staging');
    assert.equal(r.code, 1);
    assert.match(r.out, /1 changed, 1 only in primary, 0 only in staging, 0 drift, 1 same/);
    assert.match(r.out, /precedence: 41 {2}→ {2}45/);
  });
});

describe('diff reports and script from the command line', { skip: skipWithoutCorpus }, () => {
  const primary = corpusPath('server-config', 'contoso-1.1.130-modified');
  const staging = corpusPath('server-config', 'contoso-1.1.130');

  test('--format markdown and html put the summary first', () => {
    assert.match(diff(primary, staging, '--format', 'markdown').out, /^# Sync rules: primary vs staging[\s\S]*## Summary[\s\S]*\| Changed \| 2 \|/);
    const html = diff(primary, staging, '--format', 'html').out;
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.match(html, /Content-Security-Policy/);
  });

  test('--script writes a migration script that reads with no syntax or binding error', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-script-')), 'to-primary.ps1');
    const r = diff(primary, staging, '--script', file);
    assert.equal(r.code, 1);
    assert.match(r.err, /wrote .*to-primary\.ps1/);
    const lint = runCli(['lint', file, '--format', 'json', '--fail-on', 'never'], { out: (t) => (lintOut += t), err: () => undefined, files: nodeFileSource, version: 't' });
    assert.equal(lint, 0);
    const codes = (JSON.parse(lintOut).files[0].diagnostics as { code: string }[]).map((d) => d.code);
    assert.deepEqual(codes.filter((c) => c === 'AADC000' || c === 'AADC024'), []);
  });
  let lintOut = '';
});
