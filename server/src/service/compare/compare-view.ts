import { pathToFileURL } from 'node:url';
import { renderRuleText, sharedSpelling } from '../../diff/rule-text';
import type { DiffResult, RuleDiff } from '../../diff/types';
import type { SyncRule } from '../../model/sync-rule';
import type { CompareSideView, CompareView, RuleSideView, RuleView } from '../../protocol/compare';
import type { CompareSide } from './read-side';

/** The comparison as plain data for the client: every rule with where it lives and its text on each side. */
export function compareView(comparison: number, result: DiffResult, primary: CompareSide, staging: CompareSide): CompareView {
  return {
    comparison,
    primary: sideView(primary),
    staging: sideView(staging),
    summary: { ...result.summary },
    rules: result.rules.map(ruleView),
    settings: result.settings.map((s) => ({ ...s })),
    connectors: result.connectors.map((c) => ({ primary: { ...c.primary }, staging: { ...c.staging }, by: c.by })),
    problems: [...result.problems, ...readingProblems(primary), ...readingProblems(staging)],
  };
}

function ruleView(r: RuleDiff, index: number): RuleView {
  const view: RuleView = { index, name: r.name, connector: r.connector, direction: r.direction, standard: r.standard, status: r.status, changes: r.changes };
  if (r.actionable) view.actionable = true;
  if (r.unsupported) view.unsupported = true;
  // One spelling for both sides: a difference the comparison ignores (the case of a name) must not show.
  const spelling = sharedSpelling(r.primary, r.staging);
  if (r.primary) view.primary = ruleSide(r.primary, r.connector, spelling);
  if (r.staging) view.staging = ruleSide(r.staging, r.connector, spelling);
  return view;
}

function ruleSide(rule: SyncRule, connector: string, spelling: Map<string, string>): RuleSideView {
  return {
    file: rule.file,
    uri: uriOf(rule.file),
    range: rule.range,
    selectionRange: rule.selectionRange,
    text: renderRuleText(rule, { connector, spelling }),
  };
}

function sideView(side: CompareSide): CompareSideView {
  return {
    label: side.label,
    paths: side.paths,
    files: side.readings.flatMap((r) => r.files.map((f) => f.path)),
    rules: side.ruleSet.rules.length,
    readingErrors: side.readingErrors,
  };
}

function readingProblems(side: CompareSide): string[] {
  if (side.readingErrors === 0) return [];
  const files = new Set(side.readings.flatMap((r) => r.diagnostics.filter((d) => d.severity === 1).map((d) => d.file)));
  return [`${side.label}: ${side.readingErrors} syntax or binding error(s) in ${[...files].join(', ')}; rules there may be missing from the comparison`];
}

/** A file: URI for a path; a name that is already a URI (an unsaved document) stays as it is. */
function uriOf(file: string): string {
  return /^[a-z][a-z0-9+.-]+:/i.test(file) && !/^[a-z]:[\\/]/i.test(file) ? file : pathToFileURL(file).href;
}
