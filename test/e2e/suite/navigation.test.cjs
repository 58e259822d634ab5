const assert = require('assert');
const vscode = require('vscode');
const { waitFor } = require('./poll.cjs');

const file = (name) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);

async function open(name) {
  const doc = await vscode.workspace.openTextDocument(file(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

function positionOf(doc, text, offsetInText = 0) {
  const i = doc.getText().indexOf(text);
  assert.ok(i >= 0, `${text} not in ${doc.uri.path}`);
  return doc.positionAt(i + offsetInText);
}

describe('navigation, hover and completion in a real VS Code', () => {
  it('the outline lists the rule with its flow', async () => {
    const doc = await open('risky-rule.ps1');
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length ? s : undefined;
    }, 'document symbols');
    assert.strictEqual(symbols.length, 1);
    assert.strictEqual(symbols[0].name, 'In from AD - User Title Override');
    assert.ok(symbols[0].children.some((c) => c.name.startsWith('title')), symbols[0].children.map((c) => c.name).join(', '));
  });

  it('hover on a function inside -Expression shows its signature', async () => {
    const doc = await open('risky-rule.ps1');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'Trim([title])', 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Trim\(/);
  });

  it('"Find All References" on $syncRule lists every setter and reader', async () => {
    const doc = await open('risky-rule.ps1');
    const locations = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, positionOf(doc, '$syncRule[0]', 2));
    const expected = doc.getText().split(/\r?\n/).flatMap((l, i) => (/syncRule\b/.test(l) ? [i] : []));
    assert.deepStrictEqual(locations.map((l) => l.range.start.line).sort((a, b) => a - b), expected);
    assert.ok(locations.every((l) => l.uri.toString() === doc.uri.toString()));
  });

  it('completion after -LinkType offers the link types in their canonical spelling', async () => {
    const doc = await open('risky-rule.ps1');
    const at = positionOf(doc, "-LinkType 'Join'", "-LinkType '".length);
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', doc.uri, at);
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const kind of ['Provision', 'StickyJoin', 'Join', 'JoinNoFlow']) assert.ok(labels.some((l) => l.includes(kind)), `${kind} in ${labels.join(', ')}`);
  });

  it('the inbound-rule snippet, as the extension ships it, inserts a rule that gets no finding', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'powershell', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    const extension = vscode.extensions.getExtension('adsync-rules.adsync-rules');
    const contributed = extension.packageJSON.contributes.snippets.find((s) => s.language === 'powershell');
    const snippets = JSON.parse(require('fs').readFileSync(require('path').join(extension.extensionPath, contributed.path), 'utf8'));
    const entry = Object.values(snippets).find((s) => s.prefix === 'adsync-rule-inbound');
    assert.ok(await editor.insertSnippet(new vscode.SnippetString(entry.body.join('\n'))));
    assert.match(doc.getText(), /^New-ADSyncRule {2}`/m);
    // The server checks documents in order: once a later document has its findings, this one had its turn.
    const later = await vscode.workspace.openTextDocument(file('risky-rule.ps1'));
    await waitFor(() => vscode.languages.getDiagnostics(later.uri).some((d) => d.source === 'adsync-rules'), 'a later document to be checked');
    assert.deepStrictEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'adsync-rules').map((d) => d.message), []);
  });
});

describe('workspace symbols in a real VS Code', () => {
  it('"Go to Symbol in Workspace" finds rules in every file of the workspace', async () => {
    const symbols = await waitFor(async () => {
      const s = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'Title Override');
      return s && s.length ? s : undefined;
    }, 'workspace symbols');
    assert.ok(symbols.some((s) => s.name === 'In from AD - User Title Override' && s.location.uri.path.endsWith('/risky-rule.ps1')), symbols.map((s) => s.name).join(', '));
    const all = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', '');
    assert.ok(all.some((s) => s.location.uri.path.includes('/compare/')), 'rules of the compare folders too');
  });
});

describe('attribute references across files in a real VS Code', () => {
  it('"Find All References" on a flow destination lists the same metaverse attribute in another file of the workspace', async () => {
    const primary = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'compare', 'primary', 'rules.ps1');
    const doc = await vscode.workspace.openTextDocument(primary);
    const line = doc.getText().split(/\r?\n/).findIndex((l) => l === "-Destination 'physicalDeliveryOfficeName' `");
    assert.ok(line >= 0);
    const refs = await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, new vscode.Position(line, 16));
    const files = refs.map((r) => r.uri.path.split('/compare/')[1]);
    assert.ok(files.includes('primary/rules.ps1') && files.includes('staging/ad-rules.ps1'), files.join(', '));
    for (const r of refs) {
      const text = (await vscode.workspace.openTextDocument(r.uri)).getText(r.range);
      assert.strictEqual(text, 'physicalDeliveryOfficeName');
    }
  });
});
