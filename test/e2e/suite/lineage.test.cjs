const assert = require('assert');
const vscode = require('vscode');

describe('attribute lineage in a real VS Code', () => {
  it('"Show Lineage of Attribute" lists the workspace flows that write it, and each points at its destination', async () => {
    const view = await vscode.commands.executeCommand('adsyncRules.showLineage', 'title');
    assert.ok(view, 'the command returns the lineage it shows');
    assert.strictEqual(view.attribute, 'title');
    const person = view.groups.find((g) => g.target === 'metaverse person');
    assert.ok(person, JSON.stringify(view.groups.map((g) => g.target)));
    const override = person.flows.find((f) => f.rule === 'In from AD - User Title Override');
    assert.ok(override, 'the lineage fixture is in the workspace');
    assert.match(override.role, /AuthoritativeNull/);
    const disabled = person.flows.find((f) => f.rule === 'In from AD - User Title Disabled');
    assert.strictEqual(disabled.applied, false);
    // Opening a flow selects its -Destination value, as a click on the tree item does.
    const r = override.range;
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.parse(override.uri), { selection: new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) });
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor.document.getText(editor.selection), 'title');
  });
});
