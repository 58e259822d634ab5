import type { ServerHealth } from './server-health';
import type { SwitchOver } from './switch-over';

export interface HealthReport {
  servers: ServerHealth[];
  switchOver?: SwitchOver;
}

interface Section {
  title: string;
  lines: string[];
}

const LIST = 10;

/** The report as sections of plain sentences, rendered as text or Markdown. */
function sections(report: HealthReport): Section[] {
  const out: Section[] = [];
  for (const s of report.servers) {
    const lines = [
      `${s.rules} rules: ${s.standardRules} out-of-box, ${s.customRules} custom with ${s.customFlows} flow${s.customFlows === 1 ? '' : 's'}${s.customRules > 25 ? ' (Microsoft advises keeping custom rules few: each one is work at every upgrade)' : ''}`,
      `by connector: ${s.byConnector.map((c) => `${c.connector} ${c.standard} out-of-box + ${c.custom} custom`).join('; ') || 'none'}`,
      `disabled out-of-box rules: ${list(s.disabledStandard)}`,
      `modified out-of-box rules: ${list(s.modifiedStandard)}`,
      `hard-coded GUIDs: ${s.hardCodedGuids.length ? s.hardCodedGuids.length + ' (' + list([...new Set(s.hardCodedGuids.map((h) => h.rule))]) + ')' : 'none'}`,
      `precedence collisions: ${collisions(s.collisions)}`,
      `custom precedences: ${s.customPrecedences.lowest === null ? 'none' : s.customPrecedences.lowest === s.customPrecedences.highest ? `${s.customPrecedences.lowest}` : `${s.customPrecedences.lowest}–${s.customPrecedences.highest}`}, ${s.customPrecedences.freeBelow100} of 0–99 free`,
    ];
    if (s.settings) for (const [k, v] of Object.entries(s.settings)) lines.push(`${k.replace(/^Microsoft\./, '')}: ${v}`);
    out.push({ title: s.label, lines });
  }
  const so = report.switchOver;
  if (so) {
    out.push({
      title: 'Switch-over',
      lines: [
        so.blockers.length ? `BLOCKED: ${so.blockers.length} blocker${so.blockers.length === 1 ? '' : 's'}` : 'no blocker found',
        ...so.blockers.map((b) => `blocker: ${b}`),
        ...so.warnings.map((w) => `warning: ${w}`),
        ...so.settings.map((s) => `${s.label}: ${s.verdict === 'unknown' ? 'unknown' : `${s.primary ?? 'not set'} / ${s.staging ?? 'not set'}${s.verdict === 'differs' ? ' (differs)' : ''}`}`),
        `rules: ${so.rules.same} same, ${so.rules.changed} changed, ${so.rules.onlyInPrimary} only in primary, ${so.rules.onlyInStaging} only in staging, ${so.rules.drift} drift`,
        ...so.differingRules.slice(0, LIST).map((r) => `${r.status}: ${r.name} (${r.connector})`),
        ...(so.differingRules.length > LIST ? [`… and ${so.differingRules.length - LIST} more: run \`adsync-rules diff\` for all of them`] : []),
      ],
    });
  }
  return out;
}

/** A few shared precedences with a few of their rules each: a generated export shares every one of them. */
function collisions(shared: ServerHealth['collisions']): string {
  if (shared.length === 0) return 'none';
  const shown = shared.slice(0, 5).map((c) => `${c.precedence} (${c.rules.length} rules: ${c.rules.slice(0, 3).join(', ')}${c.rules.length > 3 ? ', …' : ''})`);
  return `${shared.length} precedence${shared.length === 1 ? '' : 's'} held by more than one rule: ${shown.join('; ')}${shared.length > 5 ? '; …' : ''}`;
}

function list(items: string[]): string {
  if (items.length === 0) return 'none';
  return items.length > LIST ? `${items.slice(0, LIST).join(', ')} and ${items.length - LIST} more` : items.join(', ');
}

export function healthText(report: HealthReport): string {
  return sections(report).map((s) => [s.title, ...s.lines.map((l) => `  ${l}`)].join('\n')).join('\n\n') + '\n';
}

export function healthMarkdown(report: HealthReport): string {
  const md = (t: string) => t.replace(/([\\`*_[\]<>|])/g, '\\$1');
  return ['# Sync rules health', ...sections(report).map((s) => [`## ${md(s.title)}`, '', ...s.lines.map((l) => `- ${md(l)}`)].join('\n'))].join('\n\n') + '\n';
}

export function blocked(report: HealthReport): boolean {
  return (report.switchOver?.blockers.length ?? 0) > 0;
}
