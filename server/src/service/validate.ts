import type { PlainDiagnostic } from '../model/rule-set';
import { readPowerShellScript } from '../formats/powershell-script';
import type { InputFormat, InputReading } from '../model/rule-set';
import type { TextOf } from '../expression/flow-expressions';
import { expressionDiagnostics } from './expression-diagnostics';
import { ruleDiagnostics } from './rule-diagnostics';
import { finalizeDiagnostics } from './finalize-diagnostics';
import { DEFAULT_SETTINGS, type CheckSettings } from '../checks/settings';

/** Sync-rule cmdlets; a PowerShell file without any of them is not ours to judge. */
const SYNC_RULE_CMDLET = /\b(?:New|Add|Remove|Get|Set)-ADSync(?:Rule|AttributeFlowMapping|ScopeConditionGroup|JoinConditionGroup|ScopeCondition|JoinCondition)\b/i;

export function holdsSyncRules(text: string): boolean {
  return SYNC_RULE_CMDLET.test(text);
}

/**
 * Diagnostics for one open document. Ordinary PowerShell files (the PowerShell extension's territory)
 * get none; Documenter scripts and files that build sync rules get the reading's findings.
 */
export function validateDocument(file: string, text: string, format: InputFormat | 'powershell', settings: CheckSettings = DEFAULT_SETTINGS): PlainDiagnostic[] {
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
export function checkDocument(file: string, text: string, format: InputFormat | 'powershell', settings: CheckSettings = DEFAULT_SETTINGS, workspace?: () => WorkspaceInputs): DocumentCheck {
  if (format === 'powershell' && !holdsSyncRules(text)) return { ours: false, rules: 0, diagnostics: [] };
  const reading = readPowerShellScript(file, text, format === 'powershell' ? undefined : format);
  const rules = reading.configs.flatMap((c) => c.rules);
  const textOf = (f: string) => (f === file ? text : undefined);
  const found = [...reading.diagnostics, ...expressionDiagnostics(rules, textOf), ...ruleDiagnostics([reading], textOf, { workspace: false })];
  if (workspace) {
    const others = workspace();
    const allText = (f: string) => (f === file ? text : others.textOf(f));
    // Only this document's findings: the other files get theirs when they are open (or from `lint`).
    const across = ruleDiagnostics([reading, ...others.readings.filter((r) => r.source !== file)], allText, { workspace: true, perInput: false });
    found.push(...across.filter((d) => d.file === file));
  }
  return { ours: true, rules: rules.length, diagnostics: finalizeDiagnostics(found, textOf, settings).map(({ file: _file, ...d }) => d) };
}
