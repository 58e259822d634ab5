import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { FileDiagnostic, PlainDiagnostic } from '../model/rule-set';
import type { SeverityName } from '../checks/check';
import type { CheckSettings } from '../checks/settings';
import { isSuppressed, readSuppressions, type Suppressions } from './suppressions';

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The last step before diagnostics leave the service: the user's severity overrides (or `off`), the
 * file's suppression comments, and the link to each code's documentation page.
 */
export function finalizeDiagnostics(diagnostics: FileDiagnostic[], textOf: (file: string) => string | undefined, settings: CheckSettings): FileDiagnostic[] {
  const suppressions = new Map<string, Suppressions>();
  const suppressionsOf = (file: string) => {
    let s = suppressions.get(file);
    if (!s) suppressions.set(file, (s = readSuppressions(textOf(file) ?? '')));
    return s;
  };
  const out: FileDiagnostic[] = [];
  for (const d of diagnostics) {
    const code = String(d.code ?? '');
    const level = settings.checks[code];
    if (level === 'off') continue;
    if (isSuppressed(suppressionsOf(d.file), code, d.range.start.line)) continue;
    const known = finalized.get(d);
    if (known?.settings === settings) {
      out.push(known.final);
      continue;
    }
    const final = { ...d };
    if (level) final.severity = SEVERITY[level];
    if (settings.docsBase && code) final.codeDescription = { href: `${settings.docsBase}${code}.md` };
    finalized.set(d, { settings, final });
    out.push(final);
  }
  return out;
}

/** The editor keeps the diagnostics of unchanged rules across edits: each is finalized once per settings. */
const finalized = new WeakMap<FileDiagnostic, { settings: CheckSettings; final: FileDiagnostic }>();

/**
 * A diagnostic as a client is sent it, without the file it belongs to (the report or document says
 * that). Made once per diagnostic: the editor keeps those of unchanged rules across edits.
 */
export function withoutFile(d: FileDiagnostic): PlainDiagnostic {
  let plain = sent.get(d);
  if (!plain) {
    const { file: _file, ...rest } = d;
    sent.set(d, (plain = rest));
  }
  return plain;
}

const sent = new WeakMap<FileDiagnostic, PlainDiagnostic>();
