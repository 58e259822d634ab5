import { commands, languages, Uri, window, workspace, type Disposable, type TextDocumentContentProvider } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OpenConfigurationRequest, type OpenConfigurationResult } from '../../server/src/protocol/configuration';

const SCHEME = 'adsync-config';

/**
 * "ADSync: Open Configuration…": a Documenter report or a server-config folder opened as a read-only
 * script in the Rules Editor's export layout. The server reads and writes it; the client only shows it.
 */
export function registerOpenConfiguration(client: LanguageClient): Disposable[] {
  const texts = new Map<string, string>();
  const provider: TextDocumentContentProvider = { provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '' };
  return [
    workspace.registerTextDocumentContentProvider(SCHEME, provider),
    commands.registerCommand('adsyncRules.openConfiguration', async (given?: Uri) => {
      const target = given ?? (await pick());
      if (!target) return;
      const result = (await client.sendRequest(OpenConfigurationRequest.method, { path: target.fsPath })) as OpenConfigurationResult;
      const uri = Uri.from({ scheme: SCHEME, path: `/${target.path.split('/').pop()}.ps1`, query: target.fsPath });
      texts.set(uri.toString(), result.text);
      const doc = await workspace.openTextDocument(uri);
      await languages.setTextDocumentLanguage(doc, 'powershell');
      await window.showTextDocument(doc, { preview: true });
      void window.setStatusBarMessage(`${result.rules} rule${result.rules === 1 ? '' : 's'} read`, 5000);
    }),
  ];
}

async function pick(): Promise<Uri | undefined> {
  const choice = await window.showQuickPick(
    [
      { label: '$(folder) A server-config folder…', folders: true },
      { label: '$(file) A Documenter report or an export…', folders: false },
    ],
    { title: 'ADSync: Open Configuration' },
  );
  if (!choice) return undefined;
  const picked = await window.showOpenDialog({ canSelectFiles: !choice.folders, canSelectFolders: choice.folders, canSelectMany: false, defaultUri: workspace.workspaceFolders?.[0]?.uri, openLabel: 'Open' });
  return picked?.[0];
}
