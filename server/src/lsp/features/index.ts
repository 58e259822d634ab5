import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import { registerCodeActions } from './code-actions';
import { completionCapability, registerCompletion } from './completion';
import { registerHover } from './hover';
import { navigationHoverAt, registerNavigation, type WorkspaceNavigation } from './navigation';
import type { LastComparison } from './compare';
import type { KnownConnector } from '../../service/script-completion/document-values';
import type { OpenExpressionDocuments } from './script-documents';
import { registerSemanticTokens, semanticTokensCapability } from './semantic-tokens';
import { registerSignatureHelp, signatureHelpCapability } from './signature-help';

/** What the expression features announce at initialize. */
export const expressionFeatureCapabilities: ServerCapabilities = {
  semanticTokensProvider: semanticTokensCapability,
  hoverProvider: true,
  completionProvider: completionCapability,
  signatureHelpProvider: signatureHelpCapability,
};

/** Wires every editor feature to the connection; they share one reading per document text. */
/** What features need beyond the open document: the rest of the workspace and the last comparison. */
export interface WorkspaceContext extends WorkspaceNavigation {
  /** Connectors the other files of the workspace name, for completing `-Connector`. */
  connectors: (except: string) => KnownConnector[];
  comparison: LastComparison;
}

/** `open`: the one reading per open document that validation reads too. */
export function registerExpressionFeatures(connection: Connection, open: OpenExpressionDocuments, workspace: WorkspaceContext) {
  registerSemanticTokens(connection, open);
  registerHover(connection, open, (uri, position) => navigationHoverAt(open, uri, position, workspace.comparison));
  registerNavigation(connection, open, workspace);
  registerCompletion(connection, open, workspace);
  registerSignatureHelp(connection, open);
  registerCodeActions(connection, open);
}
