const assert = require('assert');
const vscode = require('vscode');
const { waitFor } = require('./poll.cjs');

describe('health report in a real VS Code', () => {
  it('"Health Report" on two servers opens the report and says a switch-over is blocked', async () => {
    const root = vscode.workspace.workspaceFolders[0].uri;
    const result = await vscode.commands.executeCommand('adsyncRules.healthReport', {
      primary: [vscode.Uri.joinPath(root, 'compare', 'primary').fsPath],
      staging: [vscode.Uri.joinPath(root, 'compare', 'staging').fsPath],
    });
    assert.ok(result, 'the command returns what it shows');
    assert.strictEqual(result.blocked, true);
    assert.match(result.markdown, /^# Sync rules health/);
    // The report is a document of its own (shown in the Markdown preview, or as text where preview is unavailable).
    const doc = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'adsync-health'), 'the report document');
    assert.match(doc.getText(), /## Switch-over/);
  });
});
