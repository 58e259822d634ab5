import { formatRange } from '../service/rule-json';
import { severityName, type FileReport } from '../service/lint';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `path:line:col  severity  message  [code]`, the shape editors and terminals turn into links. */
export function lintText(reports: FileReport[]): string {
  const out: string[] = [];
  const count = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const level = severityName(d);
      count[level]++;
      out.push(`${r.path}:${formatRange(d.range)}  ${level}  ${d.message}  [${d.code}]`);
    }
  }
  const rules = reports.reduce((a, r) => a + r.rules, 0);
  const notes = count.information + count.hint;
  out.push(`${plural(reports.length, 'file')}, ${plural(rules, 'rule')}: ${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${plural(notes, 'note')}`);
  return out.join('\n') + '\n';
}
