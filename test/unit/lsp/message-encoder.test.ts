import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { messageBytes } from '../../../server/src/lsp/message-encoder';

const messageJson = (m: Parameters<typeof messageBytes>[0]) => messageBytes(m).toString('utf8');

describe('the server writes its messages', () => {
  const diagnostic = { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } }, message: 'It says "so" — and more', code: 'AADC005', severity: 1, source: 'adsync-rules' };
  const publish = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a%20b.ps1', version: 7, diagnostics: [diagnostic, { ...diagnostic, code: 'AADC006' }] } };

  it('publishDiagnostics as the same JSON as JSON.stringify, however often the same diagnostics are sent', () => {
    assert.equal(messageJson(publish), JSON.stringify(publish));
    assert.equal(messageJson(publish), JSON.stringify(publish));
    const empty = { ...publish, params: { uri: 'file:///x.ps1', diagnostics: [] } };
    assert.equal(messageJson(empty), JSON.stringify(empty));
    assert.deepEqual(JSON.parse(messageJson(publish)), publish);
  });

  it('every other message as JSON.stringify does', () => {
    const request = { jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///x.ps1' }, position: { line: 0, character: 0 } } };
    const response = { jsonrpc: '2.0', id: 3, result: { contents: { kind: 'markdown', value: '**x**' } } };
    for (const m of [request, response]) assert.equal(messageJson(m), JSON.stringify(m));
  });

  it('in the charset the writer asks for', () => {
    assert.equal(messageBytes(publish, 'utf16le').toString('utf16le'), JSON.stringify(publish));
  });
});
