import { DiagnosticSeverity, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { pathToFileURL } from 'node:url';
import { diagnostic } from '../model/diagnostic';
import { UniqueDiagnostics } from './unique-diagnostics';
import type { FileDiagnostic, InputReading } from '../model/rule-set';
import { RULE_CHECKS } from '../checks';
import type { SeverityName } from '../checks/check';
import type { ConfigContext, RuleCheck, RuleFinding } from '../checks/rule-check';
import type { PowerShellReading } from '../formats/powershell-script';
import { WatchedContext, type KeptFindings, type RuleFindingsCache } from './rule-findings-cache';

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
  /** The editor's findings per rule from the reading before an edit: unchanged rules are not checked again. */
  cache?: RuleFindingsCache;
}

/**
 * Runs the rule checks over the readings: per rule and per configuration always, across all readings
 * when asked. A check that throws yields one internal-error diagnostic instead of stopping the others.
 */
export function ruleDiagnostics(readings: InputReading[], textOf: (file: string) => string | undefined, run: RuleCheckRun): FileDiagnostic[] {
  const checks = run.checks ?? RULE_CHECKS;
  const out = new UniqueDiagnostics();

  for (const reading of run.perInput === false ? [] : readings) {
    const script = (reading as Partial<PowerShellReading>).parsed;
    for (const ruleSet of reading.configs) {
      const ctx: ConfigContext = { ruleSet, reading, textOf, ...(script ? { script } : {}) };
      if (run.cache) {
        keptChecks(checks, ctx, run.cache, out);
        continue;
      }
      // One context per rule for every check: thousands of rules times every check add up.
      const perRule = ruleSet.rules.map((rule) => ({ ...ctx, rule }));
      for (const check of checks) {
        if (check.perConfig) out.add(found(check, reading.source, () => check.perConfig!(ctx)));
        if (check.perRule) for (const rc of perRule) out.add(found(check, rc.rule.file, () => check.perRule!(rc)));
      }
    }
  }
  if (run.workspace) {
    for (const check of checks) if (check.workspace) out.add(found(check, readings[0]?.source ?? '', () => check.workspace!({ readings, textOf })));
  }
  return out.list;
}

/**
 * The same checks for the editor, keeping findings across edits: a check's findings (on one rule, or
 * across the configuration) are found again only when a rule field they were worked out from changed.
 */
function keptChecks(checks: readonly RuleCheck[], ctx: ConfigContext, cache: RuleFindingsCache, out: UniqueDiagnostics) {
  const watched = new WatchedContext(ctx);
  const { byCheck, changed } = cache.config(ctx.ruleSet);
  const run = (kept: Map<RuleCheck, KeptFindings>, check: RuleCheck, file: string, work: () => RuleFinding[]) => {
    const before = kept.get(check);
    if (before && (before.reads & changed) === 0) return before;
    watched.recorder.mask = 0;
    const now = { diagnostics: found(check, file, work), reads: watched.recorder.mask };
    kept.set(check, now);
    return now;
  };
  for (const check of checks) if (check.perConfig) out.add(run(byCheck, check, ctx.reading.source, () => check.perConfig!(watched.config)).diagnostics);
  const perRule = checks.filter((c) => c.perRule);
  for (const rule of ctx.ruleSet.rules) {
    const kept = cache.of(rule);
    // A rule none of whose findings changed is one lookup, not one per check.
    if (kept.all && kept.all.checks === checks && (kept.all.reads & changed) === 0) {
      out.add(kept.all.diagnostics);
      continue;
    }
    const rc = watched.forRule(rule);
    const all = { checks, diagnostics: [] as FileDiagnostic[], reads: 0 };
    for (const check of perRule) {
      const found = run(kept.byCheck, check, rule.file, () => check.perRule!(rc));
      all.diagnostics.push(...found.diagnostics);
      all.reads |= found.reads;
    }
    kept.all = all;
    out.add(all.diagnostics);
  }
}

/** A check's findings as diagnostics, or one internal-error diagnostic when it throws. */
function found(check: RuleCheck, file: string, work: () => RuleFinding[]): FileDiagnostic[] {
  try {
    return work().map((f) => {
      const d = diagnostic(f.file, check.meta.id, SEVERITY[f.severity ?? check.meta.severity], f.message, f.range);
      if (f.fix) d.data = { fix: f.fix };
      if (f.related?.length) d.relatedInformation = f.related.map(relatedInformation);
      return d;
    });
  } catch (e) {
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return [diagnostic(file, check.meta.id, DiagnosticSeverity.Error, `Internal error in check ${check.meta.name}: ${e instanceof Error ? e.message : String(e)}`, at)];
  }
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
