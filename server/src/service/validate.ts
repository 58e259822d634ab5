import type { PlainDiagnostic } from '../model/rule-set';
import type { InputReading } from '../model/rule-set';
import { MAX_LIVE_CHARS, readExpressionDocument, type ExpressionDocument, type ScriptDocument } from './expression-features/expression-document';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { diagnostic } from '../model/diagnostic';
import type { TextOf } from '../expression/flow-expressions';
import { expressionDiagnostics } from './expression-diagnostics';
import { ruleDiagnostics } from './rule-diagnostics';
import { finalizeDiagnostics, withoutFile } from './finalize-diagnostics';
import { DEFAULT_SETTINGS, type CheckSettings } from '../checks/settings';


/**
 * Diagnostics for one open document. Ordinary PowerShell files (the PowerShell extension's territory)
 * get none; Documenter scripts and files that build sync rules get the reading's findings.
 */
export function validateDocument(file: string, text: string, format: ScriptDocument['format'], settings: CheckSettings = DEFAULT_SETTINGS): PlainDiagnostic[] {
  return checkDocument(file, text, format, settings).diagnostics;
}

export interface DocumentCheck {
  /** False for PowerShell that builds no sync rule: the document is left to other extensions. */
  ours: boolean;
  rules: number;
  diagnostics: PlainDiagnostic[];
}

/**
 * The rest of the workspace, for the checks across files (a precedence or Identifier another file
 * already uses): its inputs' readings, without the document's own file, and their texts.
 */
export interface WorkspaceInputs {
  readings: InputReading[];
  textOf: TextOf;
}

/** The diagnostics of one document and what the editor's status shows about it. */
export function checkDocument(file: string, text: string, format: ScriptDocument['format'], settings: CheckSettings = DEFAULT_SETTINGS, workspace?: () => WorkspaceInputs): DocumentCheck {
  return checkReading(readExpressionDocument({ file, text, format }), settings, workspace);
}

/** The same for a document the editor has already read (one reading per text serves every feature). */
export function checkReading(doc: ExpressionDocument, settings: CheckSettings = DEFAULT_SETTINGS, workspace?: () => WorkspaceInputs): DocumentCheck {
  const { reading, file, text, rules } = doc;
  if (doc.tooLarge) return { ours: true, rules: 0, diagnostics: [tooLargeDiagnostic(text.length)] };
  if (!reading) return { ours: false, rules: 0, diagnostics: [] };
  const textOf = (f: string) => (f === file ? text : undefined);
  const found = [...reading.diagnostics, ...expressionDiagnostics(rules, textOf, undefined, doc.findings), ...ruleDiagnostics([reading], textOf, { workspace: false, cache: doc.findings })];
  if (workspace) {
    const others = workspace();
    const allText = (f: string) => (f === file ? text : others.textOf(f));
    // Only this document's findings: the other files get theirs when they are open (or from `lint`).
    const across = ruleDiagnostics([reading, ...others.readings.filter((r) => r.source !== file)], allText, { workspace: true, perInput: false });
    for (const d of across) if (d.file === file) found.push(d);
  }
  return { ours: true, rules: rules.length, diagnostics: finalizeDiagnostics(found, textOf, settings).map(withoutFile) };
}

function tooLargeDiagnostic(chars: number): PlainDiagnostic {
  return withoutFile(
    diagnostic(
      '',
      'AADC000',
      DiagnosticSeverity.Warning,
      `This file is ${(chars / 1e6).toFixed(1)} million characters, more than the editor reads while you type (${MAX_LIVE_CHARS / 1e6} million): it is not checked here. Run \`adsync-rules lint\` on it.`,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    ),
  );
}
