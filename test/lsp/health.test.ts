// "ADSync: Health Report" over a real stdio connection: the server reads the inputs and answers with Markdown.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import { HealthRequest, type HealthParams, type HealthResult } from '../../server/src/protocol/health';
import { ServerProcess } from './support/server-process';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../support/corpus';

const TIMEOUT = { timeout: 20000 };

describe('health over the protocol', () => {
  let server: ServerProcess;
  const health = (params: HealthParams) => server.connection.sendRequest<HealthResult>(HealthRequest.method, params);

  before(async () => ({ server } = await ServerProcess.initialized()), TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('two servers that differ: the report and "blocked"', TIMEOUT, async () => {
    const result = await health({ primary: [fixturePath('compare', 'primary')], staging: [fixturePath('compare', 'staging')] });
    assert.equal(result.blocked, true);
    assert.match(result.markdown, /^# Sync rules health\n\n## primary\n/);
    assert.match(result.markdown, /\n## Switch-over\n\n- BLOCKED/);
  });

  it('a Documenter report alone stands for both of its servers', { ...TIMEOUT, skip: skipWithoutCorpus }, async () => {
    const report = corpusPath('documenter', 'Contoso_Pilot_AppliedTo_Contoso_Production_AADConnectSync_report.html');
    const result = await health({ primary: [report] });
    assert.match(result.markdown, /## Switch-over/);
    assert.equal(result.blocked, false);
  });

  it('a path that does not exist is an error the client can show', TIMEOUT, async () => {
    await assert.rejects(health({ primary: [fixturePath('compare', 'missing')] }), (e) => e instanceof ResponseError && /missing/.test(e.message));
  });
});
