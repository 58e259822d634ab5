import type { ExpressionDocument } from '../expression-features/expression-document';

/**
 * What navigation needs of one document: the rules for symbols and hovers, the statements for commands
 * and variables. The editor's one reading per text (`ExpressionDocumentCache`) holds all of it.
 */
export type NavigationDocument = Pick<ExpressionDocument, 'file' | 'text' | 'format' | 'lines' | 'rules' | 'script' | 'expressions' | 'memo'>;
