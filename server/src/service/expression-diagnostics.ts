import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import { diagnostic } from '../model/diagnostic';
import { UniqueDiagnostics } from './unique-diagnostics';
import type { FileDiagnostic } from '../model/rule-set';
import type { SyncRule } from '../model/sync-rule';
import { EXPRESSION_CHECKS } from '../checks';
import type { ExpressionCheck, FixData, SeverityName } from '../checks/check';
import { flowExpressions, type FlowExpression, type TextOf } from '../expression/flow-expressions';
import type { RuleFindingsCache } from './rule-findings-cache';

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Runs the expression checks over every flow of the rules and places each finding on the exact
 * characters inside the file's string. A check that throws yields one internal-error diagnostic
 * instead of stopping the others. With the editor's cache, a rule found there is not checked again.
 */
export function expressionDiagnostics(rules: SyncRule[], textOf: TextOf, checks: readonly ExpressionCheck[] = EXPRESSION_CHECKS, cache?: RuleFindingsCache): FileDiagnostic[] {
  const out = new UniqueDiagnostics();

  if (!cache) {
    for (const item of flowExpressions(rules, textOf)) out.add(flowDiagnostics(item, checks));
    return out.list;
  }
  for (const rule of rules) {
    const kept = cache.of(rule);
    kept.expressions ??= flowExpressions([rule], textOf).flatMap((item) => flowDiagnostics(item, checks));
    out.add(kept.expressions);
  }
  return out.list;
}

function flowDiagnostics(item: FlowExpression, checks: readonly ExpressionCheck[]): FileDiagnostic[] {
  const out: FileDiagnostic[] = [];
  for (const check of checks) {
    let findings;
    try {
      findings = check.check(item);
    } catch (e) {
      out.push(diagnostic(item.rule.file, check.meta.id, DiagnosticSeverity.Error, `Internal error in check ${check.meta.name}: ${e instanceof Error ? e.message : String(e)}`, fallbackRange(item)));
      continue;
    }
    for (const f of findings) {
      const d = diagnostic(item.rule.file, check.meta.id, SEVERITY[f.severity ?? check.meta.severity], f.message, toRange(item, f.start, f.end));
      if (f.fix && item.map) {
        const fix: FixData = { title: f.fix.title, edits: f.fix.edits.map((e) => ({ range: toRange(item, e.start, e.end), newText: encodeFor(item, e.newText) })) };
        d.data = { fix };
      }
      out.push(d);
    }
  }
  return out;
}

function toRange(item: FlowExpression, start: number, end: number): Range {
  if (!item.map || !item.lines) return fallbackRange(item);
  return item.lines.rangeOf(item.map.toFile(start), item.map.toFile(end));
}

function fallbackRange(item: FlowExpression): Range {
  return item.flow.expression.range ?? item.flow.range;
}

/** New text goes into the file as the container writes it: `''` in a PowerShell string, entities in XML. */
function encodeFor(item: FlowExpression, text: string): string {
  if (item.encoding === 'powershell-single') return text.replace(/'/g, "''");
  if (item.encoding === 'markup') return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text;
}
