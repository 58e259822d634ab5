import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { FileDiagnostic, InputReading } from '../model/rule-set';
import type { TextOf } from '../expression/flow-expressions';
import { expressionDiagnostics } from './expression-diagnostics';
import { ruleDiagnostics } from './rule-diagnostics';
import { finalizeDiagnostics, withoutFile } from './finalize-diagnostics';
import { DEFAULT_SETTINGS, type CheckSettings } from '../checks/settings';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

export interface FileReport {
  path: string;
  rules: number;
  diagnostics: Diagnostic[];
}

const NAMES: Record<DiagnosticSeverity, SeverityName> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function severityName(d: Diagnostic): SeverityName {
  return NAMES[d.severity ?? DiagnosticSeverity.Error];
}

/**
 * Findings per file, in the order files were read: the reading's own diagnostics (syntax, binding)
 * and what the checks find. `textOf` gives the files' text so findings land inside expressions.
 */
export function lintReadings(readings: InputReading[], textOf: TextOf, settings: CheckSettings = DEFAULT_SETTINGS): FileReport[] {
  const reports = new Map<string, FileReport>();
  const report = (path: string) => {
    let r = reports.get(path);
    if (!r) reports.set(path, (r = { path, rules: 0, diagnostics: [] }));
    return r;
  };
  const found: FileDiagnostic[] = [];
  for (const reading of readings) {
    for (const f of reading.files) report(f.path).rules += f.rules;
    // Loops, not push(...list): a damaged file's list can outgrow the call stack's room for arguments.
    for (const d of reading.diagnostics) found.push(d);
    for (const d of expressionDiagnostics(reading.configs.flatMap((c) => c.rules), textOf)) found.push(d);
  }
  // Workspace checks see every input given together (precedence collisions across files, …).
  for (const d of ruleDiagnostics(readings, textOf, { workspace: true })) found.push(d);
  for (const d of finalizeDiagnostics(found, textOf, settings)) report(d.file).diagnostics.push(withoutFile(d));
  for (const r of reports.values()) r.diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return [...reports.values()];
}

const RANK: Record<SeverityName, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** Whether any finding is at least as severe as the `--fail-on` level. */
export function reachesLevel(reports: FileReport[], level: SeverityName | 'never'): boolean {
  if (level === 'never') return false;
  return reports.some((r) => r.diagnostics.some((d) => RANK[severityName(d)] <= RANK[level]));
}
