import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import type { FileDiagnostic } from './rule-set';

export const DIAGNOSTIC_SOURCE = 'adsync-rules';

/** Codes the reading itself reports; the risk checks of later layers own the others. */
export const ReadingCodes = {
  /** The file cannot be read as written: PowerShell syntax, malformed XML or HTML structure. */
  syntax: 'AADC000',
  /** The commands do not build a rule the way the engine would (broken -OutVariable chain, rule never added). */
  binding: 'AADC024',
} as const;

export { DiagnosticSeverity };

export function diagnostic(
  file: string,
  code: string,
  severity: DiagnosticSeverity,
  message: string,
  range: Range,
): FileDiagnostic {
  return { file, code, severity, message, range, source: DIAGNOSTIC_SOURCE };
}

export function syntaxError(file: string, message: string, range: Range): FileDiagnostic {
  return diagnostic(file, ReadingCodes.syntax, DiagnosticSeverity.Error, message, range);
}
