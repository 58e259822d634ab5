import type { ReportOptions } from './report-options';
import { reportOutline, type RuleEntry } from './report-outline';
import { REPORT_CSS } from './report-html-style';
import { isLong, type DisplayValue } from './report-values';
import type { DiffResult } from './types';

/**
 * The diff as one self-contained HTML file: inline CSS, no script, nothing fetched (the CSP says so to
 * the browser too), every value escaped, readable on screen and on paper. Same outline as the Markdown.
 */
export function renderHtml(result: DiffResult, options: ReportOptions): string {
  const o = reportOutline(result, options);
  const body: string[] = [];
  for (const line of o.critical) body.push(`<p class="critical" role="alert">${esc(line)}</p>`);
  body.push('<h1>Sync rules: primary vs staging</h1>');
  body.push(`<dl class="sides"><dt>Primary</dt><dd><code>${esc(o.primaryLabel)}</code></dd><dt>Staging</dt><dd><code>${esc(o.stagingLabel)}</code></dd></dl>`);

  body.push('<section id="summary"><h2>Summary</h2>', `<p class="verdict">${esc(o.verdict)}</p>`);
  body.push('<table class="counts"><thead><tr><th>Status</th><th>Rules</th></tr></thead><tbody>');
  for (const c of o.counts) body.push(`<tr class="${c.status}"><td>${esc(c.title)}</td><td class="n">${c.count}</td></tr>`);
  body.push('</tbody></table>');
  if (o.settings.length) {
    body.push('<h3>Settings that differ</h3><table class="settings"><thead><tr><th>Setting</th><th>Primary</th><th>Staging</th></tr></thead><tbody>');
    for (const s of o.settings) {
      const label = `${s.critical ? '<strong class="flag">CRITICAL</strong> ' : ''}${esc(s.label)} <code>${esc(s.name)}</code>`;
      body.push(`<tr${s.critical ? ' class="critical-row"' : ''}><td>${label}</td><td><code>${esc(s.primary)}</code></td><td><code>${esc(s.staging)}</code></td></tr>`);
    }
    body.push('</tbody></table>');
  }
  body.push('</section>');

  if (o.problems.length) {
    body.push(`<section id="problems"><h2>Problems</h2><p>${esc(o.problemsIntro)}</p><ul>`);
    for (const p of o.problems) body.push(`<li>${esc(p)}</li>`);
    body.push('</ul></section>');
  }

  for (const section of o.sections) {
    body.push(`<section id="${section.status}"><h2>${esc(section.title)}</h2><p>${esc(section.intro)}</p>`);
    for (const group of section.connectors) {
      body.push(`<h3>Connector <code>${esc(group.connector)}</code></h3>`);
      if (section.status === 'changed') for (const rule of group.rules) body.push(changedRule(rule));
      else body.push(`<ul class="rules">${group.rules.map(oneSidedRule).join('')}</ul>`);
    }
    body.push('</section>');
  }

  if (o.drift.length) {
    body.push(
      `<section id="drift"><h2>Drift</h2><p>${esc(o.driftIntro)}</p><ul class="drift">`,
    );
    for (const d of o.drift) body.push(`<li>${esc(d.name)} <span class="muted">(${esc(d.connector)})</span>: ${esc(d.detail)}</li>`);
    body.push('</ul></section>');
  }

  if (o.connectors.length) {
    body.push('<section id="connectors"><h2>How connectors were paired</h2><table><thead><tr><th>Primary</th><th>Staging</th><th>Paired by</th></tr></thead><tbody>');
    for (const c of o.connectors) body.push(`<tr><td><code>${esc(c.primary)}</code></td><td><code>${esc(c.staging)}</code></td><td>${esc(c.by)}</td></tr>`);
    body.push('</tbody></table></section>');
  }

  const title = `${o.critical.length ? 'CRITICAL: ' : ''}Sync rules: primary vs staging`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function changedRule(rule: RuleEntry): string {
  const rows = rule.changes.map((c) => `<tr><th scope="row"><code>${esc(c.field)}</code></th><td>${value(c.primary)}</td><td>${value(c.staging)}</td></tr>`).join('');
  return [
    '<article class="rule">',
    `<h4>${esc(rule.name)}</h4>`,
    `<p class="facts">${esc(rule.facts.join(' · '))}</p>`,
    `<p class="action">${esc(rule.action)}</p>`,
    `<table class="changes"><colgroup><col class="field"><col><col></colgroup><thead><tr><th>Field</th><th>Primary</th><th>Staging</th></tr></thead><tbody>${rows}</tbody></table>`,
    '</article>',
  ].join('');
}

function oneSidedRule(rule: RuleEntry): string {
  return `<li><strong>${esc(rule.name)}</strong>: ${esc(rule.facts.join(' · '))}. <span class="action">${esc(rule.action)}</span></li>`;
}

/** Code keeps its line breaks and wraps where it must; prose is prose. */
function value(v: DisplayValue): string {
  if (v.code) return isLong(v) ? `<pre><code>${esc(v.text)}</code></pre>` : `<code>${esc(v.text)}</code>`;
  return isLong(v) ? `<div class="prose">${esc(v.text)}</div>` : esc(v.text);
}

/** Escapes for text and for double- or single-quoted attributes alike. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
