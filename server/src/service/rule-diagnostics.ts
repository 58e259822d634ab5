import { DiagnosticSeverity, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import { diagnostic } from '../model/diagnostic';
import type { FileDiagnostic, InputReading } from '../model/rule-set';
import { RULE_CHECKS } from '../checks';
import type { SeverityName } from '../checks/check';
import type { ConfigContext, RuleCheck, RuleFinding } from '../checks/rule-check';
import type { PowerShellReading } from '../formats/powershell-script';

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface RuleCheckRun {
  /** Run the checks that need every input (e.g. precedence collisions across files). */
  workspace: boolean;
  /** False: only the checks across inputs, not each input's own (the editor runs those per document). */
  perInput?: boolean;
  checks?: readonly RuleCheck[];
}

/**
 * Runs the rule checks over the readings: per rule and per configuration always, across all readings
 * when asked. A check that throws yields one internal-error diagnostic instead of stopping the others.
 */
export function ruleDiagnostics(readings: InputReading[], textOf: (file: string) => string | undefined, run: RuleCheckRun): FileDiagnostic[] {
  const checks = run.checks ?? RULE_CHECKS;
  const out: FileDiagnostic[] = [];
  const seen = new Set<string>();
  const emit = (check: RuleCheck, findings: RuleFinding[]) => {
    for (const f of findings) {
      const d = diagnostic(f.file, check.meta.id, SEVERITY[f.severity ?? check.meta.severity], f.message, f.range);
      // A Documenter report shows an unchanged rule for both configurations: one finding is enough.
      const key = `${d.file}|${d.range.start.line}:${d.range.start.character}|${d.code}|${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (f.fix) d.data = { fix: f.fix };
      if (f.related?.length) d.relatedInformation = f.related.map(relatedInformation);
      out.push(d);
    }
  };
  const guarded = (check: RuleCheck, file: string, work: () => RuleFinding[]) => {
    try {
      emit(check, work());
    } catch (e) {
      const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      out.push(diagnostic(file, check.meta.id, DiagnosticSeverity.Error, `Internal error in check ${check.meta.name}: ${e instanceof Error ? e.message : String(e)}`, at));
    }
  };
  for (const reading of run.perInput === false ? [] : readings) {
    const script = (reading as Partial<PowerShellReading>).parsed;
    for (const ruleSet of reading.configs) {
      const ctx: ConfigContext = { ruleSet, reading, textOf, ...(script ? { script } : {}) };
      // One context per rule for every check: thousands of rules times every check add up.
      const perRule = ruleSet.rules.map((rule) => ({ ...ctx, rule }));
      for (const check of checks) {
        if (check.perConfig) guarded(check, reading.source, () => check.perConfig!(ctx));
        if (check.perRule) for (const rc of perRule) guarded(check, rc.rule.file, () => check.perRule!(rc));
      }
    }
  }
  if (run.workspace) {
    for (const check of checks) if (check.workspace) guarded(check, readings[0]?.source ?? '', () => check.workspace!({ readings, textOf }));
  }
  return out;
}

function relatedInformation(r: { file: string; range: RuleFinding['range']; message: string }): DiagnosticRelatedInformation {
  return { location: { uri: uriOf(r.file), range: r.range }, message: r.message };
}

/** Related places point into a handful of files, thousands of times in a large export. */
const uris = new Map<string, string>();

function uriOf(file: string): string {
  let uri = uris.get(file);
  if (uri === undefined) {
    uri = file.includes(':') && !file.startsWith('/') ? file : pathToFileURL(file).href;
    if (uris.size > 1000) uris.clear();
    uris.set(file, uri);
  }
  return uri;
}
