import type { CheckMeta } from './check';

/** The documentation page of one code, from the metadata of every check that reports it. */
export function docsPage(id: string, metas: readonly CheckMeta[]): string {
  const facets = metas.filter((m) => m.id === id);
  if (facets.length === 0) throw new Error(`no check reports ${id}`);
  const out: string[] = [];
  out.push(`# ${id}: ${facets.map((f) => f.name).join(', ')}`, '');
  out.push('<!-- Generated from the check files by `npm run docs`; edit the checks, not this page. -->', '');
  const severities = [...new Set(facets.map((f) => f.severity))].join(' / ');
  const categories = [...new Set(facets.map((f) => f.category))].join(' / ');
  out.push(`Default severity: **${severities}** · Runs: **${categories === 'fast' ? 'per document' : categories}** · Quick fix: **${facets.some((f) => f.fixable) ? 'yes' : 'no'}**`, '');
  for (const f of facets) {
    if (facets.length > 1) out.push(`## ${f.name}`, '');
    out.push(f.summary, '');
    if (!f.docs) continue;
    out.push('**Why it is risky.** ' + f.docs.why, '');
    out.push('**How to fix it.** ' + f.docs.fix, '');
    if (f.docs.wrong) out.push('Wrong:', '', '```powershell', f.docs.wrong, '```', '');
    if (f.docs.right) out.push('Right:', '', '```powershell', f.docs.right, '```', '');
  }
  out.push('Silence it for one line with `# adsync-rules-disable-next-line ' + id + ' -- reason`, for a file with `# adsync-rules-disable ' + id + '`, or everywhere with `{"checks": {"' + id + '": "off"}}` in `.adsync-rules.json` (CLI) or the `adsyncRules.checks` setting (VS Code).', '');
  return out.join('\n');
}

/** `docs/rules/README.md`: one row per code, linking its page. */
export function docsIndex(metas: readonly CheckMeta[]): string {
  const out = ['# Checks', '', '<!-- Generated from the check files by `npm run docs`; edit the checks, not this page. -->', ''];
  out.push('| code | what it finds | default severity | quick fix |', '|---|---|---|---|');
  for (const id of documentedCodes(metas)) {
    const facets = metas.filter((m) => m.id === id);
    const what = facets.map((f) => f.summary.replace(/\|/g, '\\|').replace(/\s+/g, ' ')).join(' ');
    const severity = [...new Set(facets.map((f) => f.severity))].join(' / ');
    out.push(`| [${id}](${id}.md) | ${what} | ${severity} | ${facets.some((f) => f.fixable) ? 'yes' : ''} |`);
  }
  out.push('', 'Severities can be changed or a check turned off per code: `adsyncRules.checks` in VS Code, `.adsync-rules.json` for the command line.', '');
  return out.join('\n');
}

/** Every code with a page, in order. */
export function documentedCodes(metas: readonly CheckMeta[]): string[] {
  return [...new Set(metas.map((m) => m.id))].sort();
}
