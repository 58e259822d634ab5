import { ENTRA_CONNECTOR_ID } from '../../../model/well-known';
import { isStandardRule, type SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { placeConfigs, serverRelation, type PlacedConfig, type ServerRelation } from './one-server';
import { reuseFinding } from './identifier-reuse';
import { sameText } from './rule-facts';
import { addTo } from '../../../model/multimap';

interface Entry {
  rule: SyncRule;
  at: PlacedConfig;
}

/**
 * AADC025 across the inputs given together: one Identifier on rules in different inputs that may be one
 * server's, where the rules differ in name or connector. The same rule kept in two files (same Identifier,
 * name and connector) is a copy; on two servers the connector GUID differs by design (DOC-UPGRADE), so a GUID
 * difference alone counts only between inputs tied to one server — or when one side is the Entra connector,
 * which no AD connector ever is.
 */
export const identifierReuseAcrossFiles: RuleCheck = {
  meta: {
    id: 'AADC025',
    name: 'identifier-reuse-across-files',
    severity: 'error',
    category: 'workspace',
    fixable: false,
    summary: 'Different rules in different files bound for one server share an Identifier.',
    docs: {
      why:
        'A rule copied into another file keeps its Identifier, which is right while it is the same rule. ' +
        'A different rule under that Identifier — another name, or another connector of the same server — replaces the first when both are added, because Add-ADSyncRule adds or replaces by Identifier (DOC-CHANGE). ' +
        'On two servers the connector GUID differs by design (DOC-UPGRADE), so files holding the same rule on different AD connectors are not compared.',
      fix: 'Give the new rule a fresh GUID in -Identifier and in the Get-ADSyncRule line after it.',
      wrong: "# office.ps1\n-Name 'In from AD - User Office' `\n-Identifier '5b0e9a4c-2f7d-4c1e-9d3a-8e6f1a2b3c4d' `\n\n# title.ps1\n-Name 'In from AD - User Title' `\n-Identifier '5b0e9a4c-2f7d-4c1e-9d3a-8e6f1a2b3c4d' `",
      right: "# office.ps1\n-Name 'In from AD - User Office' `\n-Identifier '5b0e9a4c-2f7d-4c1e-9d3a-8e6f1a2b3c4d' `\n\n# title.ps1\n-Name 'In from AD - User Title' `\n-Identifier 'c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f' `",
    },
  },
  workspace: ({ readings }) => {
    const byId = new Map<string, Entry[]>();
    for (const at of placeConfigs(readings)) {
      for (const rule of at.config.rules) {
        const id = rule.identifier.value;
        if (id !== null) addTo(byId, id, { rule, at });
      }
    }
    const partners = new Map<Entry, Entry[]>();
    for (const entries of byId.values()) {
      for (let i = 0; i < entries.length; i++) {
        for (let j = i + 1; j < entries.length; j++) {
          const a = entries[i];
          const b = entries[j];
          if (a.at.reading === b.at.reading) continue;
          const relation = serverRelation(a.at, b.at);
          if (relation === 'two-servers' || !differentRules(a.rule, b.rule, relation)) continue;
          addTo(partners, a, b);
          addTo(partners, b, a);
        }
      }
    }
    const out: RuleFinding[] = [];
    for (const [entry, others] of partners) out.push(reuseFinding(entry.rule, entry.rule.identifier.value!, others.map((o) => o.rule)));
    return out;
  },
};

function differentRules(a: SyncRule, b: SyncRule, relation: ServerRelation): boolean {
  // The product renames its own rules between versions; their Identifiers are the wizard's business.
  if (isStandardRule(a) && isStandardRule(b)) return false;
  if (a.name.value !== null && b.name.value !== null && !sameText(a.name.value, b.name.value)) return true;
  const na = a.connector.name.value;
  const nb = b.connector.name.value;
  if (na !== null && nb !== null) return !sameText(na, nb);
  const ia = a.connector.id.value;
  const ib = b.connector.id.value;
  if (ia === null || ib === null || ia === ib) return false;
  return relation === 'one-server' || ia === ENTRA_CONNECTOR_ID || ib === ENTRA_CONNECTOR_ID;
}
