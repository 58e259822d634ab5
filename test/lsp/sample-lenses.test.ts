// "evaluate with sample" over a real stdio connection: CodeLens above each Expression flow of an open export,
// one per *.sample.json file beside it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CodeLensRequest, CodeLensResolveRequest, type CodeLens } from 'vscode-languageserver-protocol/node';
import { ServerProcess } from './support/server-process';
import { fixturePath } from '../support/corpus';

const TIMEOUT = { timeout: 20000 };
const file = fixturePath('samples', 'anchor-rules.ps1');
const uri = pathToFileURL(file).href;

describe('evaluate with sample: CodeLens over the protocol', () => {
  let server: ServerProcess;
  const unresolved = async (target: string) => ((await server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: target } })) ?? []) as CodeLens[];
  /** As VS Code does for the lenses it shows: ask for them, then resolve each. */
  const lenses = async (target: string) => Promise.all((await unresolved(target)).map((l) => server.connection.sendRequest(CodeLensResolveRequest.type, l)));

  before(async () => {
    ({ server } = await ServerProcess.initialized());
    await server.openAndWait(uri, 'powershell', fs.readFileSync(file, 'utf8'));
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('each expression flow gets one lens per sample, in file-name order, on the -Expression line', TIMEOUT, async () => {
    const byLine = new Map<number, string[]>();
    for (const l of await lenses(uri)) byLine.set(l.range.start.line, [...(byLine.get(l.range.start.line) ?? []), l.command!.title]);
    // Line 23 holds the sourceAnchor expression, line 33 the department one (0-based). The rule's scope
    // (userAccountControl ISBITNOTSET 2) leaves the disabled user and the disabled linked mailbox out.
    assert.deepEqual([...byLine.entries()], [
      [23, ['disabled-user.sample.json → "MyIRAFVEd2aImaq7zN3u/w==" · out of scope', 'enabled-user.sample.json → "MyIRAFVEd2aImaq7zN3u/w=="', 'linked-mailbox.sample.json → NULL · out of scope']],
      [33, ['disabled-user.sample.json → NULL · out of scope', 'enabled-user.sample.json → "HR"', 'linked-mailbox.sample.json → NULL · out of scope']],
    ]);
  });

  it('lenses are plain text: nothing runs when one is clicked', TIMEOUT, async () => {
    for (const l of await lenses(uri)) assert.equal(l.command!.command, '');
  });

  it('lenses come without a title and get it when resolved: a large export does not evaluate every flow up front', TIMEOUT, async () => {
    const list = await unresolved(uri);
    assert.equal(list.length, 6);
    assert.ok(list.every((l) => l.command === undefined && (l.data as { kind: string }).kind === 'sample'));
  });

  it('a file with no sample beside it gets none', TIMEOUT, async () => {
    const other = fixturePath('lineage', 'engine-order.ps1');
    const otherUri = pathToFileURL(other).href;
    await server.openAndWait(otherUri, 'powershell', fs.readFileSync(other, 'utf8'));
    assert.deepEqual(await lenses(otherUri), []);
  });
});
