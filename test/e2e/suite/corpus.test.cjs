const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { waitFor } = require('./poll.cjs');

// The real files of ../shared/corpus, opened where they are (they are not ours to copy into the repository).
const extensionPath = vscode.extensions.getExtension('adsync-rules.adsync-rules').extensionPath;
const corpus = process.env.ADSYNC_CORPUS || path.resolve(extensionPath, '..', 'shared', 'corpus');
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'adsync-rules');

describe('real files from the corpus in a real VS Code', () => {
  before(function () {
    if (!fs.existsSync(corpus)) this.skip();
  });

  it('a Rules Editor export of the standard rules: its 9 rules in the outline and no finding', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(corpus, 'sre-exports', 'sre_export_standard_rules_excerpt.ps1')));
    await vscode.window.showTextDocument(doc);
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    }, 'the outline of the export');
    assert.strictEqual(symbols.length, 9);
    assert.ok(symbols.every((s) => /^(In from|Out to)/.test(s.name)), symbols.map((s) => s.name).join(', '));
    // The server checks a document before it answers requests about it: its findings (none) are in.
    assert.deepStrictEqual(ours(doc.uri).map((d) => d.message), []);
  });

  it('a Config Documenter script opens as adsync-powershell and reads without a finding', async () => {
    const dir = path.join(corpus, 'documenter');
    const name = fs.readdirSync(dir).find((n) => n.endsWith('.ps1.txt'));
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, name)));
    assert.strictEqual(doc.languageId, 'adsync-powershell');
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    }, 'the outline of the Documenter script');
    assert.ok(symbols.length > 0);
    assert.deepStrictEqual(ours(doc.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), []);
  });
});
