// The server's own life: what it announces at initialize, and that it ends when the client says so or goes away.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ExitNotification, TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import { ServerProcess } from './support/server-process';

const TIMEOUT = { timeout: 15000 };

describe('server lifecycle', () => {
  const started: ServerProcess[] = [];
  after(() => Promise.all(started.map((s) => s.dispose())), TIMEOUT);

  async function initialized() {
    const r = await ServerProcess.initialized();
    started.push(r.server);
    return r;
  }

  it('initialize announces incremental sync and the server name', TIMEOUT, async () => {
    const { result } = await initialized();
    assert.equal(result.capabilities.textDocumentSync, TextDocumentSyncKind.Incremental);
    assert.equal(result.serverInfo?.name, 'adsync-rules');
  });

  it('shutdown then exit ends the process with code 0 and nothing on stderr', TIMEOUT, async () => {
    const { server } = await initialized();
    assert.equal(await server.shutdown(), 0);
    assert.equal(server.running, false);
    assert.equal(server.stderr, '');
  });

  it('exit without shutdown ends the process with code 1 (the protocol says so)', TIMEOUT, async () => {
    const { server } = await initialized();
    await server.connection.sendNotification(ExitNotification.type);
    assert.equal(await server.waitForExit(5000), 1);
  });

  it('the process ends when the client closes its input (a crashed editor leaves no server behind)', TIMEOUT, async () => {
    const { server } = await initialized();
    server.child.stdin.end();
    await server.waitForExit(5000);
    assert.equal(server.running, false);
  });
});
