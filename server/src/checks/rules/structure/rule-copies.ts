import type { SyncRule } from '../../../model/sync-rule';
import { sameText } from './rule-facts';

/**
 * Whether two rules are the same rule written twice (an export kept in two files, a server export beside the
 * script that made it): the same Identifier, or the same name on the same connector — by GUID, or by name
 * where a Documenter report or `Get-ADSyncConnector -Name` gives one. This is how the Config Documenter and
 * DSC pair rules (connector + rule name), with the Identifier added because an export keeps it.
 */
export function isCopy(a: SyncRule, b: SyncRule): boolean {
  if (a.identifier.value !== null && a.identifier.value === b.identifier.value) return true;
  return a.name.value !== null && a.name.value === b.name.value && sameConnector(a, b) === true;
}

/** True or false when the files say; undefined when neither a GUID nor a name is known on both sides. */
export function sameConnector(a: SyncRule, b: SyncRule): boolean | undefined {
  const ia = a.connector.id.value;
  const ib = b.connector.id.value;
  if (ia !== null && ib !== null && ia === ib) return true;
  const na = a.connector.name.value;
  const nb = b.connector.name.value;
  if (na !== null && nb !== null) return sameText(na, nb);
  if (ia !== null && ib !== null) return false;
  return undefined;
}

/** Rules by Identifier and by name, to ask whether a configuration holds a copy of a rule. */
export class RuleIndex {
  private readonly byId = new Map<string, SyncRule[]>();
  private readonly byName = new Map<string, SyncRule[]>();

  constructor(rules: readonly SyncRule[]) {
    for (const r of rules) {
      if (r.identifier.value !== null) push(this.byId, r.identifier.value, r);
      if (r.name.value !== null) push(this.byName, r.name.value, r);
    }
  }

  holdsCopyOf(rule: SyncRule): boolean {
    if (rule.identifier.value !== null && this.byId.has(rule.identifier.value)) return true;
    return rule.name.value !== null && (this.byName.get(rule.name.value) ?? []).some((r) => isCopy(r, rule));
  }

  withIdentifier(id: string): readonly SyncRule[] {
    return this.byId.get(id) ?? [];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
