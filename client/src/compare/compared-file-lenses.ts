import type { CancellationToken, CodeLens, CodeLensProvider, Event, TextDocument } from 'vscode';
import { CodeLensRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { ComparisonStore } from './comparison-store';

/**
 * Lenses for compared files the language client does not sync (server-config XML, Documenter HTML
 * reports): the server answers for any file of the comparison it holds, open or not.
 */
export class ComparedFileLenses implements CodeLensProvider {
  readonly onDidChangeCodeLenses: Event<void>;

  constructor(
    private readonly client: LanguageClient,
    private readonly store: ComparisonStore,
  ) {
    this.onDidChangeCodeLenses = store.onDidChange;
  }

  async provideCodeLenses(document: TextDocument, token: CancellationToken): Promise<CodeLens[]> {
    if (!this.store.holds(document.uri)) return [];
    const textDocument = { uri: this.client.code2ProtocolConverter.asUri(document.uri) };
    const lenses = await this.client.sendRequest(CodeLensRequest.type, { textDocument }, token);
    return (await this.client.protocol2CodeConverter.asCodeLenses(lenses, token)) ?? [];
  }
}

/** The languages VS Code gives those files; scripts are the language client's own. */
export const UNSYNCED_COMPARED_FILES = [
  { scheme: 'file', language: 'xml' },
  { scheme: 'file', language: 'html' },
];
