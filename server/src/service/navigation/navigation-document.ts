import { readPowerShellScript } from '../../formats/powershell-script';
import { LineIndex } from '../../model/line-index';
import type { SyncRule } from '../../model/sync-rule';
import type { Script } from '../../syntax/ast';
import type { ScriptDocument } from '../expression-features/expression-document';
import { holdsSyncRules } from '../validate';

/** What navigation needs of one document: the rules for symbols and hovers, the statements for commands and variables. */
export interface NavigationDocument {
  file: string;
  text: string;
  format: ScriptDocument['format'];
  lines: LineIndex;
  rules: SyncRule[];
  /** Absent for ordinary PowerShell: that is the PowerShell extension's, we do not even parse it. */
  script?: Script;
}

export function readNavigationDocument(doc: ScriptDocument): NavigationDocument {
  const base = { file: doc.file, text: doc.text, format: doc.format };
  if (doc.format === 'powershell' && !holdsSyncRules(doc.text)) return { ...base, lines: new LineIndex(doc.text), rules: [] };
  const reading = readPowerShellScript(doc.file, doc.text, doc.format === 'powershell' ? undefined : doc.format);
  return { ...base, lines: reading.parsed.scan.lines, rules: reading.configs.flatMap((c) => c.rules), script: reading.parsed.script };
}

/**
 * The last reading of each open document while its text stays the same: outline, folding and hover
 * arrive together after every edit. Owned by the LSP adapter, not a module global.
 */
export class NavigationDocumentCache {
  private readonly byFile = new Map<string, NavigationDocument>();

  constructor(private readonly capacity = 16) {}

  get(doc: ScriptDocument): NavigationDocument {
    const cached = this.byFile.get(doc.file);
    if (cached && cached.text === doc.text && cached.format === doc.format) return cached;
    const fresh = readNavigationDocument(doc);
    this.byFile.delete(doc.file);
    this.byFile.set(doc.file, fresh);
    if (this.byFile.size > this.capacity) this.byFile.delete(this.byFile.keys().next().value!);
    return fresh;
  }

  forget(file: string): void {
    this.byFile.delete(file);
  }
}
