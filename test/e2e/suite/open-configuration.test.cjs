const assert = require('assert');
const vscode = require('vscode');
const { waitFor } = require('./poll.cjs');

describe('open a configuration in a real VS Code', () => {
  it('a folder of exports opens as one read-only script in the export layout', async () => {
    const folder = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'compare', 'staging');
    await vscode.commands.executeCommand('adsyncRules.openConfiguration', folder);
    const editor = await waitFor(() => (vscode.window.activeTextEditor?.document.uri.scheme === 'adsync-config' ? vscode.window.activeTextEditor : undefined), 'the configuration view');
    assert.strictEqual(editor.document.languageId, 'powershell');
    assert.match(editor.document.getText(), /^New-ADSyncRule {2}`$/m);
    assert.match(editor.document.getText(), /Read-only view written by adsync-rules/);
  });
});
