import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import type { RuleSet } from '../../../server/src/model';

export const AD_PRIMARY = '11111111-2222-4333-8444-555555555555';
export const AD_STAGING = '66666666-7777-4888-9999-000000000000';
export const ENTRA = 'b891884f-051e-4a83-95af-2544101c9083';

export interface RuleSpec {
  name: string;
  connector?: string;
  direction?: 'Inbound' | 'Outbound';
  precedence?: number;
  tag?: string;
  disabled?: boolean;
  flows?: { destination: string; expression: string }[];
  scope?: [string, string, string][][];
  joins?: [string, string][][];
}

/** A Rules Editor export holding the rules, in its own layout, read with the real reader. */
export function exportOf(rules: RuleSpec[]): RuleSet {
  const lines: string[] = [];
  const cmd = (name: string, params: string[]) => lines.push(`${name}  \``, ...params.map((p, k) => (k < params.length - 1 ? `${p} \`` : p)), '', '');
  rules.forEach((r, i) => {
    cmd('New-ADSyncRule', [
      `-Name '${r.name}'`,
      `-Identifier '00000000-0000-4000-8000-${String(i).padStart(12, '0')}'`,
      "-Description ''",
      `-Direction '${r.direction ?? 'Inbound'}'`,
      `-Precedence ${r.precedence ?? 50 + i}`,
      "-SourceObjectType 'user'",
      "-TargetObjectType 'person'",
      `-Connector '${r.connector ?? AD_PRIMARY}'`,
      "-LinkType 'Join'",
      '-SoftDeleteExpiryInterval 0',
      `-ImmutableTag '${r.tag ?? ''}'`,
      ...(r.disabled ? ['-Disabled '] : []),
      '-OutVariable syncRule',
    ]);
    for (const f of r.flows ?? []) {
      cmd('Add-ADSyncAttributeFlowMapping', ['-SynchronizationRule $syncRule[0]', `-Destination '${f.destination}'`, "-FlowType 'Expression'", "-ValueMergeType 'Update'", `-Expression '${f.expression.replace(/'/g, "''")}'`, '-OutVariable syncRule']);
    }
    for (const [groups, type, list] of [[r.scope ?? [], 'ScopeCondition', 'ScopeConditions'], [r.joins ?? [], 'JoinCondition', 'JoinConditions']] as const) {
      for (const group of groups) {
        group.forEach((c, k) => cmd('New-Object', [`-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.${type}'`, `-ArgumentList ${type === 'ScopeCondition' ? c.map((x) => `'${x}'`).join(',') : `'${c[0]}','${c[1]}',$false`}`, `-OutVariable condition${k}`]));
        cmd(`Add-ADSync${type}Group`, ['-SynchronizationRule $syncRule[0]', `-${list} @(${group.map((_, k) => `$condition${k}[0]`).join(',')})`, '-OutVariable syncRule']);
      }
    }
    cmd('Add-ADSyncRule', ['-SynchronizationRule $syncRule[0]']);
  });
  const reading = readPowerShellScript('export.ps1', lines.join('\n'));
  if (reading.diagnostics.some((d) => d.severity === 1)) throw new Error(JSON.stringify(reading.diagnostics));
  return reading.configs[0];
}
