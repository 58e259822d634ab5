// Semantic tokens, hover, completion and signature help over a real stdio connection to the bundled server.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CompletionRequest,
  HoverRequest,
  SemanticTokensRequest,
  SignatureHelpRequest,
  type CompletionItem,
  type CompletionList,
  type InitializeResult,
  type MarkupContent,
  type SemanticTokensOptions,
} from 'vscode-languageserver-protocol/node';
import { ServerProcess } from './support/server-process';
import { docUri } from './support/documents';
import { at, withCursor } from '../unit/service/support/cursor';
import { fixtureText } from '../unit/service/support/documents';

const TIMEOUT = { timeout: 15000 };

describe('expression features over the protocol', () => {
  let server: ServerProcess;
  let initialize: InitializeResult;
  const uri = docUri('user-names.ps1');
  const text = fixtureText('user-names.ps1');

  before(async () => {
    ({ server, result: initialize } = await ServerProcess.initialized());
    await server.open(uri, 'powershell', 1, text);
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('initialize announces semantic tokens (with a legend), hover, completion and signature help', () => {
    const caps = initialize.capabilities;
    const tokens = caps.semanticTokensProvider as SemanticTokensOptions;
    assert.ok(tokens.legend.tokenTypes.includes('function') && tokens.legend.tokenTypes.includes('property'));
    assert.equal(tokens.full, true);
    assert.equal(caps.hoverProvider, true);
    assert.ok(caps.completionProvider?.triggerCharacters?.includes('['));
    assert.deepEqual(caps.signatureHelpProvider?.triggerCharacters, ['(', ',']);
  });

  it('semanticTokens/full: the first token is the first function of the first expression', TIMEOUT, async () => {
    const result = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.ok(result && result.data.length > 0 && result.data.length % 5 === 0);
    const legend = (initialize.capabilities.semanticTokensProvider as SemanticTokensOptions).legend;
    const [line, character, length, type] = result.data;
    assert.equal(legend.tokenTypes[type], 'function');
    assert.deepEqual({ line, character }, at(text, "-Expression '$0IIF(IsPresent([displayName])"));
    assert.equal(length, 'IIF'.length);
  });

  it('textDocument/hover on a function name', TIMEOUT, async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(text, 'T$0rim([givenName]') });
    assert.match((hover?.contents as MarkupContent).value, /Trim\(value: str\) → str/);
  });

  it('textDocument/completion after [ offers the document’s attribute names', TIMEOUT, async () => {
    const typing = docUri('typing.ps1');
    const { text: typed, position } = withCursor(text.replace("'Left([givenName], 64)'", "'Left([$0'"));
    await server.open(typing, 'powershell', 1, typed);
    const result = (await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: typing }, position })) as CompletionList | CompletionItem[] | null;
    const items = Array.isArray(result) ? result : (result?.items ?? []);
    assert.ok(items.some((i) => i.label === 'givenName'), JSON.stringify(items.map((i) => i.label)));
    await server.close(typing);
  });

  it('textDocument/signatureHelp inside a call: the second parameter is active', TIMEOUT, async () => {
    const help = await server.connection.sendRequest(SignatureHelpRequest.type, { textDocument: { uri }, position: at(text, 'Left([givenName], $064)') });
    assert.equal(help?.signatures[0].label, 'Left(string: str, numChars: num) → str');
    assert.equal(help?.activeParameter, 1);
  });

  it('on a value with nothing to say the server answers null and stays up', TIMEOUT, async () => {
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(text, "-ValueMergeType 'Upd$0ate'") });
    assert.equal(hover, null);
    assert.ok(server.running);
  });
});
