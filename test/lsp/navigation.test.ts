// Outline, folding, definition and hover (navigation and expression behind one handler) over a real stdio connection.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DefinitionRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  ReferencesRequest,
  type DocumentSymbol,
  type InitializeResult,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { ServerProcess } from './support/server-process';
import { docUri } from './support/documents';
import { fixturePath } from '../support/corpus';
import { at, sliceRange } from '../unit/service/support/cursor';

const TIMEOUT = { timeout: 15000 };

describe('navigation over the protocol', () => {
  let server: ServerProcess;
  let initialize: InitializeResult;
  const uri = docUri('navigation-two-rules.ps1');
  const text = readFileSync(fixturePath('navigation', 'two-rules.ps1'), 'utf8');
  const hover = async (marked: string) =>
    ((await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: at(text, marked) }))?.contents as MarkupContent | undefined)?.value;

  before(async () => {
    ({ server, result: initialize } = await ServerProcess.initialized());
    await server.open(uri, 'powershell', 1, text);
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('initialize announces document symbols, folding, definition and references', () => {
    const caps = initialize.capabilities;
    assert.equal(caps.documentSymbolProvider, true);
    assert.equal(caps.foldingRangeProvider, true);
    assert.equal(caps.definitionProvider, true);
    assert.equal(caps.referencesProvider, true);
  });

  it('textDocument/documentSymbol: rules with their flows and groups', TIMEOUT, async () => {
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['In from AD - User Contoso Override', 'In from AD - User Join']);
    assert.equal(symbols[0].children?.length, 5);
  });

  it('textDocument/foldingRange: the first rule folds as a whole', TIMEOUT, async () => {
    const folds = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.ok(folds?.some((f) => f.startLine === 0 && f.endLine === at(text, "-Identifier '7c1d2e3f$0", 1).line));
  });

  it('textDocument/definition: $syncRule[0] → the -OutVariable that set it', TIMEOUT, async () => {
    const result = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at(text, '$sync$0Rule[0]') })) as Location[];
    assert.equal(result.length, 1);
    assert.equal(result[0].uri, uri);
    assert.equal(sliceRange(text, result[0].range), 'syncRule');
    assert.deepEqual(result[0].range.start, at(text, '-OutVariable $0syncRule'));
  });

  it('textDocument/references: a rule GUID, with and without its Identifier', TIMEOUT, async () => {
    const ask = (includeDeclaration: boolean) =>
      server.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: at(text, "-PrecedenceBefore '633c$0"), context: { includeDeclaration } });
    const all = (await ask(true))!;
    assert.deepEqual(all.map((l) => l.uri), [uri, uri, uri]);
    assert.ok(all.every((l) => sliceRange(text, l.range).includes('633c9cc8-9a74-4912-92d0-f93fae31d89a')));
    assert.equal((await ask(false))!.length, 2);
  });

  it('textDocument/hover: rule name and parameter here, expression hovers unchanged inside expressions', TIMEOUT, async () => {
    assert.match((await hover("-Name 'In from AD - User J$0oin'"))!, /known to the out-of-box catalogue/);
    assert.match((await hover('-Link$0Type'))!, /`JoinNoFlow`/);
    assert.match((await hover('T$0rim([givenName]'))!, /Trim\(value: str\) → str/);
  });
});

describe('navigation across the workspace (attributes, rule GUIDs), over the protocol', () => {
  let server: ServerProcess;
  const folder = fixturePath('navigation', 'attributes');
  const inboundFile = path.join(folder, 'in-from-ad.ps1');
  const outboundFile = path.join(folder, 'out-to-aad.ps1');
  const inbound = readFileSync(inboundFile, 'utf8');
  const outbound = readFileSync(outboundFile, 'utf8');
  const uri = pathToFileURL(inboundFile).href;

  before(async () => {
    ({ server } = await ServerProcess.initialized([folder]));
    await server.open(uri, 'powershell', 1, inbound);
  }, TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  it('textDocument/references on a metaverse attribute: the flow here and the outbound flow in the other file (read from disk)', TIMEOUT, async () => {
    const found = (await server.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: at(inbound, "-Destination 'display$0Name'"),
      context: { includeDeclaration: true },
    }))!;
    assert.deepEqual(found.map((l) => [l.uri, sliceRange(l.uri === uri ? inbound : outbound, l.range)]), [
      [uri, 'displayName'],
      [pathToFileURL(outboundFile).href, 'displayName'],
    ]);
    assert.equal(found[1].range.start.line, at(outbound, "-Source @('display$0Name')").line);
  });

  it('textDocument/definition on an attribute the outbound rule reads: the inbound flow that writes it', TIMEOUT, async () => {
    const outUri = pathToFileURL(outboundFile).href;
    await server.open(outUri, 'powershell', 1, outbound);
    const found = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: outUri }, position: at(outbound, "-Source @('ma$0il')") })) as Location[];
    assert.deepEqual(found.map((l) => l.uri), [uri]);
    assert.deepEqual(found[0].range.start, at(inbound, "-Destination '$0mail'"));
  });

  it('textDocument/definition on a PrecedenceBefore naming a rule of another file: that rule, read from disk', TIMEOUT, async () => {
    const found = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: at(inbound, "-PrecedenceBefore '1a2b$0") })) as Location[];
    const target = path.join(folder, 'in-from-ad-extension.ps1');
    assert.deepEqual(found.map((l) => l.uri), [pathToFileURL(target).href]);
    assert.equal(sliceRange(readFileSync(target, 'utf8'), found[0].range), 'In from AD - User Custom Extension');
  });
});
