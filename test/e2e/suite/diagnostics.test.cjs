const assert = require('assert');
const vscode = require('vscode');
const { waitFor } = require('./poll.cjs');

const file = (name) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'adsync-rules');

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(file(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

describe('adsync-rules in a real VS Code', () => {
  it('runs in VS Code 1.100 with the workspace open', () => {
    console.log(`vscode.version=${vscode.version} appName=${vscode.env.appName} remoteName=${vscode.env.remoteName}`);
    assert.ok(vscode.version.startsWith('1.100'));
    assert.strictEqual(vscode.workspace.workspaceFolders.length, 1);
  });

  it('a risky rule file gets our findings, with codes and lines', async () => {
    const doc = await open('risky-rule.ps1');
    assert.strictEqual(doc.languageId, 'powershell');
    const found = await waitFor(() => (ours(doc.uri).length >= 2 ? ours(doc.uri) : undefined), 'diagnostics on risky-rule.ps1');
    const codes = found.map((d) => `${d.code && typeof d.code === 'object' ? d.code.value : d.code}@${d.range.start.line}`).sort();
    assert.deepStrictEqual(codes, ['AADC004@5', 'AADC020@22']);
    assert.ok(vscode.extensions.getExtension('adsync-rules.adsync-rules').isActive);
  });

  it('a quick fix from the code action provider changes only the named characters', async () => {
    const doc = await open('risky-rule.ps1');
    const d = (await waitFor(() => ours(doc.uri).find((x) => (x.code && x.code.value ? x.code.value : x.code) === 'AADC020'), 'the AADC020 finding'));
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range);
    const fix = actions.find((a) => a.title === 'Change to IIF');
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(doc.getText(), before.replace("'iif(", "'IIF("));
    await waitFor(() => !ours(doc.uri).some((x) => (x.code && x.code.value ? x.code.value : x.code) === 'AADC020'), 'the finding to go');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('ordinary PowerShell without sync-rule cmdlets gets nothing from us', async () => {
    const plain = await open('plain-script.ps1');
    // The server handles documents in order: once a later rule file has its findings, this one had its turn.
    const later = await open('risky-rule.ps1');
    await waitFor(() => ours(later.uri).length > 0, 'a later document to be checked');
    assert.deepStrictEqual(ours(plain.uri), []);
  });
});
