import { commands, window, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LineageRequest, type LineageView } from '../../../server/src/protocol/lineage';
import { LineageTree } from './lineage-tree';

/**
 * "ADSync: Show Lineage of Attribute…": asks for a name (the word under the cursor by default), shows every
 * flow of the workspace that writes it in the Attribute Lineage view, and returns the lineage (tests read it).
 */
export function registerLineage(client: LanguageClient): Disposable[] {
  const tree = new LineageTree();
  return [
    window.registerTreeDataProvider('adsyncRules.lineage', tree),
    commands.registerCommand('adsyncRules.showLineage', async (given?: string): Promise<LineageView | undefined> => {
      const attribute = given ?? (await window.showInputBox({ title: 'ADSync: Show Lineage of Attribute', prompt: 'A metaverse or connector attribute', value: wordAtCursor() }));
      if (!attribute?.trim()) return undefined;
      const view = (await client.sendRequest(LineageRequest.method, { attribute: attribute.trim() })) as LineageView;
      tree.show(view);
      await commands.executeCommand('setContext', 'adsyncRules.lineageShown', true);
      await commands.executeCommand('adsyncRules.lineage.focus');
      return view;
    }),
  ];
}

/** An attribute name under the cursor: `[department]`, `'department'` or a bare word. */
function wordAtCursor(): string | undefined {
  const editor = window.activeTextEditor;
  if (!editor) return undefined;
  const range = editor.document.getWordRangeAtPosition(editor.selection.active, /[A-Za-z][\w-]*/);
  return range ? editor.document.getText(range) : undefined;
}
