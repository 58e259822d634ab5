import { commands, Uri, window, workspace, type Disposable, type TextDocumentContentProvider } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { HealthRequest, type HealthParams, type HealthResult } from '../../../server/src/protocol/health';
import { pickCompareInputs } from '../compare/pick-inputs';

const SCHEME = 'adsync-health';

/**
 * "ADSync: Health Report…": the primary and staging of the settings (or picked), read by the server, shown as
 * a Markdown report; returns the result (tests read it). Given `{ primary, staging? }` it asks nothing.
 */
export function registerHealth(client: LanguageClient): Disposable[] {
  const texts = new Map<string, string>();
  const provider: TextDocumentContentProvider = { provideTextDocumentContent: (uri) => texts.get(uri.toString()) ?? '' };
  let count = 0;
  return [
    workspace.registerTextDocumentContentProvider(SCHEME, provider),
    commands.registerCommand('adsyncRules.healthReport', async (given?: HealthParams): Promise<HealthResult | undefined> => {
      const params = given ?? (await pickCompareInputs());
      if (!params) return undefined;
      let result: HealthResult;
      try {
        result = (await client.sendRequest(HealthRequest.method, { primary: params.primary, staging: params.staging })) as HealthResult;
      } catch (e) {
        void window.showErrorMessage(`Health report: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
      const uri = Uri.from({ scheme: SCHEME, path: `/health-${++count}.md` });
      texts.set(uri.toString(), result.markdown);
      try {
        await commands.executeCommand('markdown.showPreview', uri);
      } catch {
        await window.showTextDocument(await workspace.openTextDocument(uri), { preview: true });
      }
      return result;
    }),
  ];
}
