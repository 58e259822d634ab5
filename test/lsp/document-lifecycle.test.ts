// Diagnostics follow the document: an edit that fixes the error clears them for that version, closing clears them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServerProcess } from './support/server-process';
import { brokenRule, docUri, FIX_POSITION, fixedRule, ordinaryPowerShell, UNTERMINATED_LINE } from './support/documents';

const TIMEOUT = { timeout: 15000 };

describe('diagnostics across didChange and didClose', () => {
  let server: ServerProcess;
  before(async () => ({ server } = await ServerProcess.initialized()), TIMEOUT);
  after(() => server?.dispose(), TIMEOUT);

  const codes = (p: { diagnostics: { code?: string | number }[] }) => p.diagnostics.map((d) => d.code);

  it('an incremental edit that closes the quote publishes an empty array for the new version', TIMEOUT, async () => {
    const uri = docUri('edit-fixes.ps1');
    let mark = server.diagnostics.mark();
    await server.open(uri, 'powershell', 1, brokenRule);
    assert.deepEqual(codes(await server.diagnostics.forVersion(uri, 1, mark)), ['AADC000']);

    mark = server.diagnostics.mark();
    await server.change(uri, 2, [{ range: { start: FIX_POSITION, end: FIX_POSITION }, text: "'" }]);
    const fixed = await server.diagnostics.forVersion(uri, 2, mark);
    assert.deepEqual(fixed.diagnostics, []);

    // Nothing stale arrives after the clearing notification.
    await server.settled();
    const later = server.diagnostics.all().slice(mark).filter((p) => p.uri === uri);
    assert.deepEqual(later.map((p) => [p.version, p.diagnostics.length]), [[2, 0]]);
  });

  it('a full-text change that brings the error back publishes it again, at the same line', TIMEOUT, async () => {
    const uri = docUri('edit-breaks.ps1');
    let mark = server.diagnostics.mark();
    await server.open(uri, 'powershell', 1, brokenRule.replace("'Update `", "'Update' `"));
    assert.deepEqual((await server.diagnostics.forVersion(uri, 1, mark)).diagnostics, []);

    mark = server.diagnostics.mark();
    await server.change(uri, 2, [{ text: brokenRule }]);
    const broken = await server.diagnostics.forVersion(uri, 2, mark);
    assert.deepEqual(broken.diagnostics.map((d) => [d.code, d.range.start.line]), [['AADC000', UNTERMINATED_LINE]]);
  });

  it('after a burst of edits sent without waiting, the last published diagnostics are those of the last version', TIMEOUT, async () => {
    const uri = docUri('burst.ps1');
    const mark = server.diagnostics.mark();
    await server.open(uri, 'powershell', 1, brokenRule);
    // Versions 2..11 alternate fixed / broken; the last (11) is broken.
    const sends: Promise<void>[] = [];
    for (let v = 2; v <= 11; v++) sends.push(server.change(uri, v, [{ text: v % 2 === 0 ? fixedRule : brokenRule }]));
    await Promise.all(sends);
    await server.diagnostics.forVersion(uri, 11, mark);
    await server.settled();
    const published = server.diagnostics.all().slice(mark).filter((p) => p.uri === uri);
    assert.deepEqual(published.map((p) => p.version), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'one notification per version, in order');
    assert.deepEqual(codes(published.at(-1)!), ['AADC000']);
    assert.deepEqual(codes(published.at(-2)!), []);
  });

  it('didClose publishes an empty array for the document', TIMEOUT, async () => {
    const uri = docUri('closed.ps1');
    let mark = server.diagnostics.mark();
    await server.open(uri, 'powershell', 1, brokenRule);
    assert.deepEqual(codes(await server.diagnostics.forVersion(uri, 1, mark)), ['AADC000']);

    mark = server.diagnostics.mark();
    await server.close(uri);
    assert.deepEqual((await server.diagnostics.forUri(uri, mark)).diagnostics, []);
  });

  it('reopening a closed document judges it afresh', TIMEOUT, async () => {
    const uri = docUri('reopened.ps1');
    let mark = server.diagnostics.mark();
    await server.open(uri, 'powershell', 1, brokenRule);
    await server.diagnostics.forVersion(uri, 1, mark);
    await server.close(uri);
    mark = server.diagnostics.mark();
    await server.open(uri, 'powershell', 1, brokenRule);
    assert.deepEqual(codes(await server.diagnostics.forVersion(uri, 1, mark)), ['AADC000']);
  });

  it('ordinary PowerShell becomes ours once an edit adds a sync-rule cmdlet, and stops being ours when it goes', TIMEOUT, async () => {
    const uri = docUri('becomes-ours.ps1');
    let mark = server.diagnostics.mark();
    await server.open(uri, 'powershell', 1, ordinaryPowerShell);
    assert.deepEqual((await server.diagnostics.forVersion(uri, 1, mark)).diagnostics, []);

    mark = server.diagnostics.mark();
    await server.change(uri, 2, [{ text: brokenRule }]);
    assert.deepEqual(codes(await server.diagnostics.forVersion(uri, 2, mark)), ['AADC000']);

    mark = server.diagnostics.mark();
    await server.change(uri, 3, [{ text: ordinaryPowerShell }]);
    assert.deepEqual((await server.diagnostics.forVersion(uri, 3, mark)).diagnostics, []);
  });
});
