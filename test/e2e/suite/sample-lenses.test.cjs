const assert = require('assert');
const vscode = require('vscode');
const { waitFor } = require('./poll.cjs');

describe('evaluate with sample in a real VS Code', () => {
  it('an export with *.sample.json files beside it shows each expression\'s result per sample above its line', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'samples', 'anchor-rules.ps1');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const titles = await waitFor(async () => {
      const lenses = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', uri, 50)) ?? [];
      const list = lenses.filter((l) => l.range.start.line === 23).map((l) => l.command && l.command.title);
      return list.length === 3 ? list : undefined;
    }, 'three sample lenses on the sourceAnchor expression');
    assert.deepStrictEqual(titles, [
      'disabled-user.sample.json → "MyIRAFVEd2aImaq7zN3u/w==" · out of scope',
      'enabled-user.sample.json → "MyIRAFVEd2aImaq7zN3u/w=="',
      'linked-mailbox.sample.json → NULL · out of scope',
    ]);
  });
});
