import { commands, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CompareReportRequest, type CompareReportParams, type CompareReportResult } from '../../../server/src/protocol/compare';
import type { ComparisonStore } from './comparison-store';
import { reportUri } from './rule-documents';

/** The report's Markdown as the server renders it; a failure becomes the document's text, so it is seen where it was asked for. */
export async function fetchReport(client: LanguageClient, comparison: number): Promise<string> {
  try {
    const params: CompareReportParams = { comparison };
    return (await client.sendRequest<CompareReportResult>(CompareReportRequest.method, params)).markdown;
  } catch (e) {
    return `# No report\n\n${e instanceof Error ? e.message : String(e)}\n`;
  }
}

/** The full report in the Markdown preview (its own content security policy applies); the text itself if preview is unavailable. */
export async function showReport(store: ComparisonStore): Promise<void> {
  const view = store.view;
  if (!view) {
    void window.showInformationMessage('Compare primary and staging first.');
    return;
  }
  const uri = reportUri(view);
  try {
    await commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await window.showTextDocument(await workspace.openTextDocument(uri), { preview: true });
  }
}
