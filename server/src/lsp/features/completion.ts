import type { CompletionOptions, Connection } from 'vscode-languageserver/node';
import { expressionCompletion } from '../../service/expression-features/completion';
import { expressionAt } from '../../service/expression-features/locate';
import { scriptCompletion } from '../../service/script-completion/script-completion';
import type { KnownConnector } from '../../service/script-completion/document-values';
import type { OtherFiles } from '../../service/navigation';
import type { OpenExpressionDocuments } from './script-documents';

/**
 * Inside expressions `[` opens an attribute, `%` a parameter, `$` a variable; in the PowerShell around
 * them `-` starts a parameter and `'` a quoted value. Names complete as they are typed.
 */
export const completionCapability: CompletionOptions = { triggerCharacters: ['[', '%', '$', '-', "'"] };

/** Characters that trigger only the script completion: inside an expression they are a minus and a quote. */
const SCRIPT_TRIGGERS = new Set(['-', "'"]);

/** One handler: inside an expression the expression completion answers, elsewhere the script completion. */
/** Connectors and attributes the other files of the workspace name, for `-Connector`, `-Source`, `-Destination` and conditions. */
export interface WorkspaceCompletion {
  connectors: (except: string) => KnownConnector[];
  otherFiles: OtherFiles;
}

export function registerCompletion(connection: Connection, documents: OpenExpressionDocuments, workspace: WorkspaceCompletion) {
  connection.onCompletion((p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    if (expressionAt(doc, p.position)) {
      const trigger = p.context?.triggerCharacter;
      return trigger && SCRIPT_TRIGGERS.has(trigger) ? null : expressionCompletion(doc, p.position);
    }
    return scriptCompletion(doc, p.position, { connectors: () => workspace.connectors(doc.file), attributes: () => workspace.otherFiles(doc.file) });
  });
}
