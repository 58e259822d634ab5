import type { InputReading } from '../model/rule-set';
import { isStandardRule } from '../model/sync-rule';
import { connectorLabel } from '../model/connector-label';

/** A readable listing: one line per rule, in the order the configuration holds them. */
export function showText(readings: InputReading[]): string {
  const out: string[] = [];
  for (const reading of readings) {
    out.push(`${reading.source}  (${reading.format})`);
    const problems = reading.diagnostics.length;
    if (problems) out.push(`  ${problems} finding${problems === 1 ? '' : 's'} while reading: run \`adsync-rules lint ${reading.source}\` to see ${problems === 1 ? 'it' : 'them'}`);
    for (const set of reading.configs) {
      const standard = set.rules.filter(isStandardRule).length;
      out.push(`  ${set.label}: ${set.rules.length} rules (${standard} standard, ${set.rules.length - standard} custom)`);
      for (const r of set.rules) {
        const precedence = r.precedence.value ?? r.precedence.unresolved ?? '?';
        const connector = connectorLabel(r);
        const flags = [isStandardRule(r) ? 'standard' : 'custom', r.disabled.value ? 'disabled' : '', r.mark && r.mark !== 'Unchanged' ? r.mark.toLowerCase() : '']
          .filter(Boolean)
          .join(', ');
        out.push(
          `    ${String(precedence).padStart(4)}  ${(r.direction.value ?? '?').padEnd(8)} ${r.name.value ?? r.name.unresolved ?? '(unnamed)'}` +
            `  [${flags}; ${r.linkType.value ?? '?'}; ${connector}; ${r.flows.length} flows, ${r.scopeGroups.length} scope, ${r.joinGroups.length} join]`,
        );
      }
    }
  }
  return out.join('\n') + '\n';
}
