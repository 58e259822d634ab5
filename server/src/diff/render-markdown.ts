import type { ReportOptions } from './report-options';
import { cell, code, fenced, text } from './report-markdown-text';
import { reportOutline, type RuleEntry } from './report-outline';
import { isLong, type DisplayValue } from './report-values';
import type { DiffResult } from './types';

/**
 * The diff as a Markdown report for a person during a swing migration: a sourceAnchor or UPN mismatch
 * on the very first line, the counts, what could not be decided, then every difference by status and
 * connector with both sides. Long values get a block of their own below the rule's table.
 */
export function renderMarkdown(result: DiffResult, options: ReportOptions): string {
  const o = reportOutline(result, options);
  const out: string[] = [];
  for (const line of o.critical) out.push(`> **${text(line)}**`, '');
  out.push('# Sync rules: primary vs staging', '');
  out.push(`- Primary: ${code(o.primaryLabel)}`, `- Staging: ${code(o.stagingLabel)}`, '');

  out.push('## Summary', '', `**${text(o.verdict)}**`, '', '| Status | Rules |', '| --- | ---: |');
  for (const c of o.counts) out.push(`| ${cell(text(c.title))} | ${c.count} |`);
  out.push('');
  if (o.settings.length) {
    out.push('### Settings that differ', '', '| Setting | Primary | Staging |', '| --- | --- | --- |');
    for (const s of o.settings) {
      const label = `${s.critical ? '**CRITICAL** ' : ''}${text(s.label)} (${code(s.name)})`;
      out.push(`| ${cell(label)} | ${cell(code(s.primary))} | ${cell(code(s.staging))} |`);
    }
    out.push('');
  }
  if (o.problems.length) {
    out.push('## Problems', '', text(o.problemsIntro), '');
    for (const p of o.problems) out.push(`- ${text(p)}`);
    out.push('');
  }

  for (const section of o.sections) {
    out.push(`## ${text(section.title)}`, '', text(section.intro), '');
    for (const group of section.connectors) {
      out.push(`### Connector ${code(group.connector)}`, '');
      if (section.status === 'changed') for (const rule of group.rules) out.push(...changedRule(rule));
      else out.push(...group.rules.map(oneSidedRule), '');
    }
  }

  if (o.drift.length) {
    out.push(`## ${text('Drift')}`, '', text(o.driftIntro), '');
    for (const d of o.drift) out.push(`- ${text(d.name)} (${text(d.connector)}): ${text(d.detail)}`);
    out.push('');
  }

  if (o.connectors.length) {
    out.push('## How connectors were paired', '', '| Primary | Staging | Paired by |', '| --- | --- | --- |');
    for (const c of o.connectors) out.push(`| ${cell(code(c.primary))} | ${cell(code(c.staging))} | ${cell(text(c.by))} |`);
    out.push('');
  }
  return out.join('\n');
}

function changedRule(rule: RuleEntry): string[] {
  const out = [`#### ${text(rule.name)}`, '', `${text(rule.facts.join(' · '))}. ${text(rule.action)}`, '', '| Field | Primary | Staging |', '| --- | --- | --- |'];
  const long: RuleEntry['changes'] = [];
  for (const c of rule.changes) {
    const shown = (v: DisplayValue) => (isLong(v) ? '(below)' : v.code ? code(v.text) : text(v.text));
    if (isLong(c.primary) || isLong(c.staging)) long.push(c);
    out.push(`| ${cell(code(c.field))} | ${cell(shown(c.primary))} | ${cell(shown(c.staging))} |`);
  }
  out.push('');
  for (const c of long) {
    out.push(`${code(c.field)}, primary:`, '', fenced(c.primary.text), '', `${code(c.field)}, staging:`, '', fenced(c.staging.text), '');
  }
  return out;
}

function oneSidedRule(rule: RuleEntry): string {
  return `- **${text(rule.name)}**: ${text(rule.facts.join(' · '))}. ${text(rule.action)}`;
}
