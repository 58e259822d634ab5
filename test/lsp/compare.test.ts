// The primary/staging comparison over a real stdio connection: the custom requests the client sends,
// and CodeLens on the files of a compared side.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeLensRequest, HoverRequest, ResponseError, type CodeLens, type InitializeResult, type MarkupContent } from 'vscode-languageserver-protocol/node';
import {
  COMPARE_INPUT_ERROR,
  CompareReportRequest,
  CompareRequest,
  type CompareParams,
  type CompareReportParams,
  type CompareReportResult,
  type CompareView,
} from '../../server/src/protocol/compare';
import { ServerProcess } from './support/server-process';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../support/corpus';

const TIMEOUT = { timeout: 15000 };
const primaryFolder = fixturePath('compare', 'primary');
const stagingFolder = fixturePath('compare', 'staging');
const primaryFile = path.join(primaryFolder, 'rules.ps1');

describe('compare over the protocol', () => {
  let server: ServerProcess;
  let initialize: InitializeResult;
  let refreshes = 0;
  const compare = (params: CompareParams) => server.connection.sendRequest<CompareView>(CompareRequest.method, params);
  const lenses = async (uri: string) => ((await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? []) as CodeLens[];
  const titles = (list: CodeLens[]) => list.sort((a, b) => a.range.start.line - b.range.start.line).map((l) => l.command!.title);

  before(async () => {
    ({ server, result: initialize } = await ServerProcess.initialized());
    // VS Code re-asks for lenses when the server says they changed; count how often it is told.
    server.connection.onRequest('workspace/codeLens/refresh', () => void refreshes++);
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('initialize announces CodeLens; before any comparison a file has none', TIMEOUT, async () => {
    // Sample lenses are resolved when shown; compare lenses come complete (resolve returns them as they are).
    assert.deepEqual(initialize.capabilities.codeLensProvider, { resolveProvider: true });
    assert.deepEqual(await lenses(pathToFileURL(primaryFile).href), []);
  });

  it('a path that does not exist is an error the client can show', TIMEOUT, async () => {
    await assert.rejects(compare({ primary: [path.join(primaryFolder, 'missing.ps1')], staging: [stagingFolder] }), (e) => {
      assert.ok(e instanceof ResponseError);
      assert.equal(e.code, COMPARE_INPUT_ERROR);
      assert.match(e.message, /missing\.ps1: no such file or folder/);
      return true;
    });
  });

  it('contoso: the summary, and the texts of a changed rule differ in its department flow only', { ...TIMEOUT, skip: skipWithoutCorpus }, async () => {
    const view = await compare({ primary: [corpusPath('server-config', 'contoso-1.1.130-modified')], staging: [corpusPath('server-config', 'contoso-1.1.130')] });
    assert.deepEqual(view.summary, { same: 59, changed: 2, drift: 0, onlyInPrimary: 1, onlyInStaging: 1 });
    const common = view.rules.find((r) => r.name === 'In from AD - User Common')!;
    assert.equal(common.status, 'changed');
    assert.deepEqual(common.changes.map((c) => c.field), ['flows[department].expression']);
    const a = common.primary!.text.split('\n');
    const b = common.staging!.text.split('\n');
    assert.equal(a.length, b.length);
    const differing = a.flatMap((line, k) => (line === b[k] ? [] : [[line.trim(), b[k].trim()]]));
    assert.deepEqual(differing, [['IIF(IsNullOrEmpty([department]), "Unassigned", Trim([department]))', 'Trim([department])']]);
    const k = a.findIndex((line) => line.trim() === differing[0][0]);
    assert.deepEqual(a.slice(k - 3, k), ['Flow department', '    FlowType:       Expression', '    Expression:']);

    // A server-config rule file is XML: the client asks for its lenses without syncing the document.
    const lens = await lenses(pathToFileURL(common.primary!.file).href);
    assert.deepEqual(titles(lens), ['staging: changed (1, unsupported edit) — compare']);
    assert.deepEqual(lens[0].command!.arguments, [{ comparison: view.comparison, rule: common.index }]);
  });

  it('the fixture pair: an open primary script gets a lens above each rule, and the lenses follow edits', TIMEOUT, async () => {
    const before = refreshes;
    const view = await compare({ primary: [primaryFolder], staging: [stagingFolder] });
    assert.deepEqual(view.summary, { same: 1, changed: 2, drift: 1, onlyInPrimary: 1, onlyInStaging: 1 });
    await server.settled();
    assert.equal(refreshes, before + 1, 'the server asks the client to refresh its lenses');

    const uri = pathToFileURL(primaryFile).href;
    const text = fs.readFileSync(primaryFile, 'utf8');
    await server.openAndWait(uri, 'powershell', text);
    const expected = ['staging: same', 'staging: changed (2) — compare', 'staging: drift — compare', 'staging: changed (1, Disabled only) — compare', 'only here — not in staging'];
    const opened = await lenses(uri);
    assert.deepEqual(titles(opened), expected);
    assert.equal(opened[0].range.start.line, 0, 'the first rule starts the file');

    await server.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# reviewed\n\n' }]);
    const edited = await lenses(uri);
    assert.deepEqual(titles(edited), expected.map((t) => `${t} (compared before your edits)`));
    assert.deepEqual(edited.map((l) => l.range.start.line), opened.map((l) => l.range.start.line + 2));

    // The rule's hover says the same, on the edited text too.
    const name = "-Name 'In from AD - User Office'";
    const line = ('# reviewed\n\n' + text).split(/\r?\n/).findIndex((l) => l.startsWith(name));
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character: name.length - 3 } });
    assert.match((hover?.contents as MarkupContent).value, /\*\*Compared\*\* — staging: changed \(2\)\. Differs in description/);
    await server.close(uri);
  });

  it('the report of the comparison the client holds, and an error for one the server no longer holds', TIMEOUT, async () => {
    const view = await compare({ primary: [primaryFolder], staging: [stagingFolder] });
    const report = await server.connection.sendRequest<CompareReportResult>(CompareReportRequest.method, { comparison: view.comparison } satisfies CompareReportParams);
    assert.match(report.markdown, /In from AD - User Office/);
    await assert.rejects(server.connection.sendRequest(CompareReportRequest.method, { comparison: view.comparison - 1 }), (e) => e instanceof ResponseError && e.code === COMPARE_INPUT_ERROR && /compare again/.test(e.message));
  });
});
