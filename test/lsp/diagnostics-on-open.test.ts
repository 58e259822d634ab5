// What the server publishes when a document opens: errors for sync-rule scripts, silence for everything else.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../support/corpus';
import { ServerProcess } from './support/server-process';
import { brokenRule, docUri, fixedRule, ordinaryPowerShell, UNTERMINATED_LINE, UNTERMINATED_QUOTE } from './support/documents';

const TIMEOUT = { timeout: 15000 };
const documenterScripts = [
  corpusPath('documenter', 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.ps1.txt'),
  corpusPath('documenter', 'Contoso_Pilot_AppliedTo_Contoso_Production_AADConnectSync_report.ps1.txt'),
];

describe('publishDiagnostics on didOpen', () => {
  let server: ServerProcess;
  before(async () => ({ server } = await ServerProcess.initialized()), TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  /** Opens a document and returns the diagnostics published for that version. */
  const openAndWait = (uri: string, languageId: string, text: string, version = 1) => server.openAndWait(uri, languageId, text, version);

  it('a powershell document that builds a rule with an unterminated string: one AADC000 error at the quote', TIMEOUT, async () => {
    const diagnostics = await openAndWait(docUri('broken-rule.ps1'), 'powershell', brokenRule);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    const [d] = diagnostics;
    assert.equal(d.code, 'AADC000');
    assert.equal(d.source, 'adsync-rules');
    assert.equal(d.severity, 1, 'Error');
    assert.equal(typeof d.message, 'string', 'a plain-text message');
    assert.match(d.message as string, /unterminated string/i);
    assert.deepEqual(d.range.start, { line: UNTERMINATED_LINE, character: UNTERMINATED_QUOTE });
    assert.equal(d.range.end.line, UNTERMINATED_LINE);
    assert.ok(d.range.end.character > d.range.start.character, 'the range covers the string start');
  });

  it('CRLF line ends (VS Code on Windows) give the same position', TIMEOUT, async () => {
    const diagnostics = await openAndWait(docUri('broken-crlf.ps1'), 'powershell', brokenRule.replace(/\n/g, '\r\n'));
    assert.deepEqual(diagnostics.map((d) => d.range.start), [{ line: UNTERMINATED_LINE, character: UNTERMINATED_QUOTE }]);
  });

  it('columns count UTF-16 code units, the protocol default: an emoji before the error counts 2', TIMEOUT, async () => {
    // A block comment: text the checks do not judge, so the only finding is the syntax error after it.
    const prefix = '<# 😀é #> ';
    const text = brokenRule.replace("-ValueMergeType 'Update `", `${prefix}-ValueMergeType 'Update \``);
    const diagnostics = await openAndWait(docUri('broken-emoji.ps1'), 'powershell', text);
    assert.equal(prefix.length, 10, 'the emoji is two UTF-16 code units');
    assert.deepEqual(diagnostics.map((d) => d.range.start), [{ line: UNTERMINATED_LINE, character: prefix.length + UNTERMINATED_QUOTE }]);
  });

  it('the same rule written correctly: an empty diagnostics array', TIMEOUT, async () => {
    assert.deepEqual(await openAndWait(docUri('fixed-rule.ps1'), 'powershell', fixedRule), []);
  });

  it('ordinary PowerShell with no sync-rule cmdlets, even with an unterminated string: an empty array', TIMEOUT, async () => {
    assert.deepEqual(await openAndWait(docUri('services.ps1'), 'powershell', ordinaryPowerShell), []);
  });

  it('an untitled document is judged like a saved one', TIMEOUT, async () => {
    const diagnostics = await openAndWait('untitled:Untitled-1', 'powershell', brokenRule);
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]), [['AADC000', UNTERMINATED_LINE]]);
  });

  it('a file: URI with a host (a UNC share) still gets diagnostics', TIMEOUT, async () => {
    const uri = 'file://fileserver/share/rules/broken-rule.ps1';
    const mark = server.diagnostics.mark();
    await server.open(uri, 'powershell', 1, brokenRule);
    await server.settled();
    const published = server.diagnostics.all().slice(mark).filter((p) => p.uri === uri);
    assert.deepEqual(published.map((p) => p.diagnostics.map((d) => d.code)), [['AADC000']]);
  });

  it('the server still answers after every document above', TIMEOUT, async () => {
    assert.ok(server.running);
    assert.deepEqual(await openAndWait(docUri('after-all.ps1'), 'powershell', brokenRule).then((ds) => ds.map((d) => d.code)), ['AADC000']);
  });

  for (const file of documenterScripts) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    it(`the Documenter script ${name} as adsync-powershell: an empty array`, { ...TIMEOUT, skip: skipWithoutCorpus }, async () => {
      assert.deepEqual(await openAndWait(pathToFileURL(file).href, 'adsync-powershell', readFileSync(file, 'utf8')), []);
    });
  }

  it('a Documenter script opened as powershell (saved as .ps1): an empty array', { ...TIMEOUT, skip: skipWithoutCorpus }, async () => {
    assert.deepEqual(await openAndWait(docUri('documenter-as.ps1'), 'powershell', readFileSync(documenterScripts[0], 'utf8')), []);
  });
});

describe('findings across the files of the workspace, on didOpen', () => {
  let server: ServerProcess;
  const folder = fixturePath('checks', 'structure', 'precedence-collision-across-files', 'violation');
  before(async () => ({ server } = await ServerProcess.initialized([folder])), TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('a script whose rule takes a precedence another file of the workspace uses gets AADC005, naming that file', TIMEOUT, async () => {
    const file = path.join(folder, 'ad-rules.ps1');
    const diagnostics = await server.openAndWait(pathToFileURL(file).href, 'powershell', readFileSync(file, 'utf8'));
    const across = diagnostics.filter((d) => d.code === 'AADC005' && d.relatedInformation?.some((r) => !r.location.uri.endsWith('/ad-rules.ps1')));
    assert.ok(across.length > 0, JSON.stringify(diagnostics.map((d) => d.message)));
  });
});
