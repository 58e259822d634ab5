// Code actions over a real stdio connection: the quick fix a diagnostic carries, and "Format expression".
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CodeActionKind, CodeActionRequest, DidChangeConfigurationNotification, type CodeAction, type Diagnostic, type InitializeResult } from 'vscode-languageserver-protocol/node';
import { ServerProcess } from './support/server-process';
import { docUri } from './support/documents';
import { fixturePath } from '../support/corpus';
import { parseMarkedFixture } from '../support/markers';

const TIMEOUT = { timeout: 15000 };

describe('code actions over the protocol', () => {
  let server: ServerProcess;
  let initialize: InitializeResult;
  const uri = docUri('wrong-case.ps1');
  const text = parseMarkedFixture(fs.readFileSync(fixturePath('checks', 'expression', 'expression-case.violation.ps1'), 'utf8')).text;

  before(async () => {
    ({ server, result: initialize } = await ServerProcess.initialized());
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('initialize announces quick fixes and rewrites', () => {
    const kinds = (initialize.capabilities.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds;
    assert.deepEqual(kinds, [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite]);
  });

  it('a case finding comes back as a quick fix that replaces exactly the name', TIMEOUT, async () => {
    const diagnostics: Diagnostic[] = await server.openAndWait(uri, 'powershell', text);
    const iif = diagnostics.find((d) => d.code === 'AADC020' && String(d.message).startsWith('iif '));
    assert.ok(iif, 'the server reports the wrong case');
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: iif.range,
      context: { diagnostics: [iif] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.kind === CodeActionKind.QuickFix);
    assert.equal(fix?.title, 'Change to IIF');
    assert.deepEqual(fix?.edit?.changes?.[uri], [{ range: iif.range, newText: 'IIF' }]);
  });

  it('inside a long expression, "Format expression" rewrites only the string content', TIMEOUT, async () => {
    const longUri = docUri('long.ps1');
    const long = text.replace("'iif(IsPresent([displayName]),[displayName],NULL)'", "'IIF(IsPresent([displayName]) && Len([displayName]) > 3, Trim([displayName]) & \" (\" & Trim([department]) & \")\", NULL)'");
    await server.openAndWait(longUri, 'powershell', long);
    const line = long.split('\n').findIndex((l) => l.includes('Len([displayName])'));
    const character = long.split('\n')[line].indexOf('IIF(');
    const actions = (await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: longUri },
      range: { start: { line, character }, end: { line, character } },
      context: { diagnostics: [] },
    })) as CodeAction[];
    const format = actions.find((a) => a.kind === CodeActionKind.RefactorRewrite);
    const edit = format?.edit?.changes?.[longUri]?.[0];
    assert.ok(edit, 'a format action');
    assert.deepEqual(edit.range.start, { line, character });
    assert.match(edit.newText, /^IIF\(\n {4}IsPresent\(\[displayName\]\) && Len\(\[displayName\]\) > 3,\n/);
  });
});

describe('settings and documentation links over the protocol', () => {
  let server: ServerProcess;
  before(async () => {
    ({ server } = await ServerProcess.initialized());
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('every diagnostic links its docs page; adsyncRules.checks turns a code off and re-publishes', TIMEOUT, async () => {
    const uri = docUri('settings.ps1');
    const text = parseMarkedFixture(fs.readFileSync(fixturePath('checks', 'expression', 'expression-case.violation.ps1'), 'utf8')).text;
    const first = await server.openAndWait(uri, 'powershell', text);
    assert.ok(first.some((d) => d.code === 'AADC020'));
    for (const d of first) assert.match(d.codeDescription?.href ?? '', new RegExp(`^file://.*/docs/rules/${d.code}\\.md$`));
    assert.ok(fs.existsSync(new URL(first[0].codeDescription!.href)), 'the linked page exists');
    const mark = server.diagnostics.mark();
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { adsyncRules: { checks: { AADC020: 'off' } } } });
    const republished = (await server.diagnostics.forVersion(uri, 1, mark)).diagnostics;
    assert.deepEqual(republished.filter((d) => d.code === 'AADC020'), []);
  });
});

describe('status and the enable setting over the protocol', () => {
  let server: ServerProcess;
  before(async () => {
    ({ server } = await ServerProcess.initialized());
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('each check sends the rule and finding counts; adsyncRules.enable false clears diagnostics', TIMEOUT, async () => {
    const statuses: { uri: string; ours: boolean; rules: number; errors: number; warnings: number; enabled: boolean }[] = [];
    server.connection.onNotification('adsyncRules/status', (p: (typeof statuses)[0]) => void statuses.push(p));
    const uri = docUri('status.ps1');
    const text = parseMarkedFixture(fs.readFileSync(fixturePath('checks', 'expression', 'expression-case.violation.ps1'), 'utf8')).text;
    const found = await server.openAndWait(uri, 'powershell', text);
    await server.settled();
    const mine = statuses.filter((s) => s.uri === uri);
    assert.deepEqual(mine[mine.length - 1], { uri, ours: true, rules: 1, errors: found.filter((d) => d.severity === 1).length, warnings: found.filter((d) => d.severity === 2).length, enabled: true });
    const mark = server.diagnostics.mark();
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { adsyncRules: { enable: false } } });
    assert.deepEqual((await server.diagnostics.forVersion(uri, 1, mark)).diagnostics, []);
    await server.settled();
    assert.equal(statuses.filter((s) => s.uri === uri).at(-1)?.enabled, false);
  });
});
