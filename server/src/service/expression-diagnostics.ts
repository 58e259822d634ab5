import { DiagnosticSeverity, type Range } from 'vscode-languageserver-types';
import { diagnostic } from '../model/diagnostic';
import type { FileDiagnostic } from '../model/rule-set';
import type { SyncRule } from '../model/sync-rule';
import { EXPRESSION_CHECKS } from '../checks';
import type { ExpressionCheck, FixData, SeverityName } from '../checks/check';
import { flowExpressions, type FlowExpression, type TextOf } from '../expression/flow-expressions';

const SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Runs the expression checks over every flow of the rules and places each finding on the exact
 * characters inside the file's string. A check that throws yields one internal-error diagnostic
 * instead of stopping the others.
 */
export function expressionDiagnostics(rules: SyncRule[], textOf: TextOf, checks: readonly ExpressionCheck[] = EXPRESSION_CHECKS): FileDiagnostic[] {
  const out: FileDiagnostic[] = [];
  const seen = new Set<string>();
  for (const item of flowExpressions(rules, textOf)) {
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
        // A Documenter report shows an unchanged rule once for both configurations: one finding is enough.
        const key = `${d.file}|${d.range.start.line}:${d.range.start.character}|${d.code}|${d.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (f.fix && item.map) {
          const fix: FixData = { title: f.fix.title, edits: f.fix.edits.map((e) => ({ range: toRange(item, e.start, e.end), newText: encodeFor(item, e.newText) })) };
          d.data = { fix };
        }
        out.push(d);
      }
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
