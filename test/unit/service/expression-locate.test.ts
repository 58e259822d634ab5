// Finding the expression and the offset in its value under an editor position: quote doubling, CRLF, both string ends, Documenter scripts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expressionAt } from '../../../server/src/service/expression-features/locate';
import { ExpressionDocumentCache } from '../../../server/src/service/expression-features/expression-document';
import { expressionHover } from '../../../server/src/service/expression-features/hover';
import { at, CURSOR } from './support/cursor';
import { exportWithCursor, exportWithExpression, fixtureText, open } from './support/documents';

/** The expression value with the cursor marker put back where the position maps to. */
function valueAt(marked: string, options?: { crlf?: boolean }): string | undefined {
  const { doc, position } = exportWithCursor(marked, options);
  const cursor = expressionAt(doc, position);
  if (!cursor) return undefined;
  const text = cursor.item.parsed.text;
  return text.slice(0, cursor.offset) + CURSOR + text.slice(cursor.offset);
}

describe('locating the cursor in an expression', () => {
  it('just after the opening quote and just before the closing one are inside', () => {
    assert.equal(valueAt('$0Left([sn], 2)'), '$0Left([sn], 2)');
    assert.equal(valueAt('Left([sn], 2)$0'), 'Left([sn], 2)$0');
  });

  it("a doubled quote is one character of the value: after it, and between its two halves", () => {
    assert.equal(valueAt(`Replace([sn],"''$0","")`), `Replace([sn],"'$0","")`);
    assert.equal(valueAt(`Replace([sn],"'$0'","")`), `Replace([sn],"$0'","")`);
  });

  it('CRLF: a position on a later line maps to the same place as with LF (the PowerShell string keeps its CRLF)', () => {
    const marked = '\n      IIF(IsPresent([mail]),\n          Le$0ft([mail], 20),\n          NULL)';
    assert.equal(valueAt(marked, { crlf: true }), marked.replace(/\n/g, '\r\n'));
    assert.equal(valueAt(marked), marked);
  });

  it('a position past the end of its line stays on that line', () => {
    const text = exportWithExpression('Left([sn], 2)');
    const line = text.split('\n').findIndex((l) => l.startsWith('-Expression'));
    assert.equal(expressionAt(open(text), { line, character: 500 }), undefined, 'the line ends after the closing quote and backtick');
    assert.equal(expressionAt(open(text), { line: line - 1, character: 500 }), undefined);
  });

  it('a Documenter script (.ps1.txt, variables and | Out-Null): the expression and its doubled quote', () => {
    const text = fixtureText('documenter-mini.ps1.txt');
    const doc = open(text, 'C:\\reports\\mini.ps1.txt', 'documenter-script');
    const cursor = expressionAt(doc, at(text, `"''",$0""`));
    assert.ok(cursor);
    assert.equal(cursor.item.parsed.text.slice(cursor.offset, cursor.offset + 4), '""),');
    const hover = expressionHover(doc, at(text, 'Repl$0ace('));
    assert.match(JSON.stringify(hover?.contents), /Replace\(string: str, oldValue: str, newValue: str\) → str/);
  });

  it('the cache reads a document again only when its text changes', () => {
    const cache = new ExpressionDocumentCache();
    const text = fixtureText('user-names.ps1');
    const first = cache.get({ file: 'a.ps1', text, format: 'powershell' });
    assert.equal(cache.get({ file: 'a.ps1', text, format: 'powershell' }), first);
    assert.notEqual(cache.get({ file: 'a.ps1', text: text + '\n', format: 'powershell' }), first);
  });
});
