const assert = require('assert');
const vscode = require('vscode');
const { waitFor } = require('./poll.cjs');

describe('compare primary and staging in a real VS Code', () => {
  it('the compare command, a lens and a hover on a changed rule, and the side-by-side diff editor', async () => {
    const config = vscode.workspace.getConfiguration('adsyncRules');
    await config.update('primary', ['compare/primary'], vscode.ConfigurationTarget.Workspace);
    await config.update('staging', ['compare/staging'], vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('adsyncRules.compare');
    const primary = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'compare', 'primary', 'rules.ps1');
    const doc = await vscode.workspace.openTextDocument(primary);
    await vscode.window.showTextDocument(doc);
    const lenses = await waitFor(async () => {
      const l = await vscode.commands.executeCommand('vscode.executeCodeLensProvider', doc.uri, 100);
      return l && l.some((x) => x.command && /^staging: changed/.test(x.command.title)) ? l : undefined;
    }, 'a "staging: changed" lens');
    const changed = lenses.find((x) => x.command && /^staging: changed/.test(x.command.title));
    // The rule's hover tells the same as its lens.
    const nameLine = doc.getText().split(/\r?\n/).findIndex((l) => l.startsWith("-Name 'In from AD - User Office'"));
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, new vscode.Position(nameLine, 12));
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /\*\*Compared\*\* — staging: changed \(2\)/);
    await vscode.commands.executeCommand(changed.command.command, ...(changed.command.arguments || []));
    await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff, 'a diff editor');
    const input = vscode.window.tabGroups.activeTabGroup.activeTab.input;
    assert.strictEqual(input.original.scheme, input.modified.scheme);
  });
});
