// "Show Lineage of Attribute" over a real stdio connection: the workspace folder's inputs and an open
// document outside it, with its unsaved text.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { LineageRequest, type LineageView } from '../../server/src/protocol/lineage';
import { ServerProcess } from './support/server-process';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../support/corpus';

const TIMEOUT = { timeout: 20000 };

describe('lineage over the protocol', { skip: skipWithoutCorpus }, () => {
  let server: ServerProcess;
  const lineage = (attribute: string) => server.connection.sendRequest<LineageView>(LineageRequest.method, { attribute });

  before(async () => {
    ({ server } = await ServerProcess.initialized([corpusPath('server-config', 'contoso-1.1.130')]));
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it("the workspace folder's rules, grouped and ordered, each flow pointing at its destination", TIMEOUT, async () => {
    const view = await lineage('department');
    assert.equal(view.attribute, 'department');
    assert.deepEqual(view.groups.map((g) => [g.target, g.direction, g.flows.map((f) => `${f.precedence}${f.wins ? '*' : ''}`).join(' ')]), [
      ['metaverse person', 'inbound', '104* 105* 106 107 116*'],
      ['contoso.onmicrosoft.com - AAD user', 'outbound', '125* 128 129'],
      ['contoso.onmicrosoft.com - AAD contact', 'outbound', '133* 136 137'],
    ]);
    const first = view.groups[0].flows[0];
    assert.match(first.uri, /^file:\/\/.*SynchronizationRules\/.*\.xml$/);
    assert.equal(first.summary, 'department ← Trim([department])');
  });

  it('an open document outside the workspace counts with its unsaved text', TIMEOUT, async () => {
    const file = fixturePath('lineage', 'engine-order.ps1');
    const uri = pathToFileURL(file).href;
    const edited = fs.readFileSync(file, 'utf8').replace("-Destination 'proxyAddresses'", "-Destination 'department'");
    await server.open(uri, 'powershell', 1, edited);
    const view = await lineage('department');
    const person = view.groups.find((g) => g.target === 'metaverse person')!;
    const added = person.flows.find((f) => f.rule === 'In from AD - User Proxy')!;
    assert.equal(added.uri, uri);
    assert.equal(added.precedence, 55);
    // Its connector's user objects meet only it: it wins for them.
    assert.equal(added.wins, true);
  });

  it('an attribute no flow writes: no groups, and how many files were looked at', TIMEOUT, async () => {
    const view = await lineage('noSuchAttribute');
    assert.deepEqual(view.groups, []);
    assert.ok(view.files >= 62, `${view.files} files`);
  });
});
