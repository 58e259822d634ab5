import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver/node';
import { ExpressionDocumentCache, type ExpressionDocument, type ScriptDocument } from '../../service/expression-features/expression-document';
import { URI } from '../uri';

/** The service's view of an open editor document: its path, its text, and what its language id says it is. */
export function scriptDocumentOf(doc: TextDocument): ScriptDocument {
  return { file: URI.toPath(doc.uri), text: doc.getText(), format: doc.languageId === 'adsync-powershell' ? 'documenter-script' : 'powershell' };
}

/** Open documents read once per text for every editor feature (expressions and navigation); a closed document is dropped. */
export class OpenExpressionDocuments {
  private readonly cache = new ExpressionDocumentCache();

  constructor(private readonly documents: TextDocuments<TextDocument>) {
    documents.onDidClose((e) => this.cache.forget(URI.toPath(e.document.uri)));
  }

  /** PowerShell or a Documenter script: what the client's selector sends, checked where an edit could follow. */
  isOurs(uri: string): boolean {
    const id = this.documents.get(uri)?.languageId;
    return id === 'powershell' || id === 'adsync-powershell';
  }

  get(uri: string): ExpressionDocument | undefined {
    const doc = this.documents.get(uri);
    return doc && this.cache.get(scriptDocumentOf(doc));
  }
}
