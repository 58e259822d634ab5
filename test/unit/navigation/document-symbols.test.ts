import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { documentSymbols } from '../../../server/src/service/navigation';
import { readExpressionDocument } from '../../../server/src/service/expression-features/expression-document';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';
import { at, sliceRange } from '../service/support/cursor';
import { navigationFixture } from './support';

const { text, doc } = navigationFixture('two-rules.ps1');

function inside(inner: Range, outer: Range): boolean {
  const le = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe('document symbols', () => {
  const symbols = documentSymbols(doc);

  it('gives one symbol per rule: name, detail with direction, precedence and kind of rule', () => {
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.kind]),
      [
        ['In from AD - User Contoso Override', 'Inbound · precedence 90 · custom', SymbolKind.Class],
        ['In from AD - User Join', 'Inbound · precedence 100 · standard', SymbolKind.Struct],
      ],
    );
  });

  it("spans the rule's commands and selects its name", () => {
    const [custom] = symbols;
    assert.equal(custom.range.start.line, at(text, '$0New-ADSyncRule').line);
    assert.equal(custom.range.end.line, at(text, "-Identifier '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f$0'", 1).line);
    assert.match(sliceRange(text, custom.selectionRange), /In from AD - User Contoso Override/);
  });

  it('lists flows as destination ← source, then scope and join groups', () => {
    const children = symbols[0].children!;
    assert.deepEqual(
      children.map((c) => [c.name, c.kind]),
      [
        ['title ← title', SymbolKind.Property],
        ['company ← "Contoso"', SymbolKind.Property],
        ['displayName ← Trim([givenName] & " " & [sn])', SymbolKind.Property],
        ['scope group 1', SymbolKind.Namespace],
        ['join group 1', SymbolKind.Namespace],
      ],
    );
    assert.equal(children[3].detail, 'department EQUAL Sales AND userAccountControl ISBITNOTSET 2');
    assert.deepEqual(children[4].children!.map((c) => c.name), ['employeeID = employeeID']);
    assert.equal(sliceRange(text, children[1].selectionRange), 'company');
  });

  it('keeps every selection inside its range and every child inside its parent', () => {
    const check = (s: DocumentSymbol, parent?: DocumentSymbol) => {
      assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection outside range`);
      if (parent) assert.ok(inside(s.range, parent.range), `${s.name}: outside ${parent.name}`);
      s.children?.forEach((c) => check(c, s));
    };
    symbols.forEach((s) => check(s));
  });

  it('gives nothing for PowerShell that builds no sync rule', () => {
    const plain = readExpressionDocument({ file: 'C:\\x.ps1', text: 'Get-Service | Where-Object { $_.Status -eq "Running" }\n', format: 'powershell' });
    assert.deepEqual(documentSymbols(plain), []);
  });

  it('reads the standard-rules export: 9 rules with 171 flows', { skip: skipWithoutCorpus }, () => {
    const file = corpusPath('sre-exports', 'sre_export_standard_rules_excerpt.ps1');
    const rules = documentSymbols(readExpressionDocument({ file, text: readFileSync(file, 'utf8'), format: 'powershell' }));
    assert.equal(rules.length, 9);
    const flows = rules.flatMap((r) => r.children!.filter((c) => c.kind === SymbolKind.Property));
    assert.equal(flows.length, 171);
  });
});
