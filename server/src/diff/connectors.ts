import type { RuleSet } from '../model/rule-set';
import type { SyncRule } from '../model/sync-rule';
import { ENTRA_CONNECTOR_ID } from '../model/well-known';
import type { ConnectorPair } from './types';

/** A connector as one side knows it; rules point at it by GUID, by name, or both. */
export interface SideConnector {
  key: string;
  id: string | null;
  name: string | null;
  rules: SyncRule[];
}

/** Groups a side's rules by connector: the name when known (names are what servers share), else the GUID. */
export function connectorsOf(set: RuleSet): SideConnector[] {
  const byKey = new Map<string, SideConnector>();
  const namesById = new Map(set.connectors.filter((c) => c.id && c.name).map((c) => [c.id!, c.name!]));
  for (const rule of set.rules) {
    const id = rule.connector.id.value;
    const name = rule.connector.name.value ?? (id ? namesById.get(id) ?? null : null);
    const key = connectorKey(id, name);
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { key, id, name, rules: [] }));
    c.rules.push(rule);
  }
  return [...byKey.values()];
}

export function connectorKey(id: string | null, name: string | null): string {
  if (id === ENTRA_CONNECTOR_ID) return 'entra';
  if (name) return `name:${name.toLowerCase()}`;
  return id ? `id:${id}` : 'unknown';
}

/**
 * Pairs the connectors of two servers: by name (case-insensitive), the Entra connector by its fixed
 * GUID, an explicit map, the same GUID (the same server exported twice), and last by the rules they
 * carry when exactly one candidate fits. What stays ambiguous is reported, not guessed.
 */
export function pairConnectors(primary: SideConnector[], staging: SideConnector[], map: Map<string, string>): { pairs: Map<SideConnector, SideConnector>; list: ConnectorPair[]; problems: string[] } {
  const pairs = new Map<SideConnector, SideConnector>();
  const list: ConnectorPair[] = [];
  const problems: string[] = [];
  const taken = new Set<SideConnector>();
  const pair = (p: SideConnector, s: SideConnector, by: ConnectorPair['by']) => {
    pairs.set(p, s);
    taken.add(s);
    list.push({ primary: { id: p.id, name: p.name }, staging: { id: s.id, name: s.name }, by });
  };
  const free = () => staging.filter((s) => !taken.has(s));

  for (const p of primary) {
    const mapped = p.id ? map.get(p.id) : undefined;
    const s = mapped ? free().find((x) => x.id === mapped) : undefined;
    if (s) pair(p, s, 'map');
  }
  for (const p of primary.filter((x) => !pairs.has(x))) {
    const s = free().find((x) => x.key === p.key && p.key !== 'unknown');
    if (s) pair(p, s, p.key === 'entra' ? 'entra-guid' : p.key.startsWith('name:') ? 'name' : 'same-guid');
  }
  // One side knows a name, the other only a GUID: the GUID of the same server matches.
  for (const p of primary.filter((x) => !pairs.has(x))) {
    const s = free().find((x) => x.id !== null && x.id === p.id);
    if (s) pair(p, s, 'same-guid');
  }
  for (const p of primary.filter((x) => !pairs.has(x))) {
    const candidates = free().filter((s) => sharedRuleNames(p, s) > 0);
    const best = Math.max(0, ...candidates.map((s) => sharedRuleNames(p, s)));
    const top = candidates.filter((s) => sharedRuleNames(p, s) === best);
    if (top.length === 1 && best > 0) {
      // Unambiguous only when the staging connector has no better partner among the other primary connectors.
      const rival = primary.some((q) => q !== p && !pairs.has(q) && sharedRuleNames(q, top[0]) >= best);
      if (!rival) {
        pair(p, top[0], 'inferred');
        continue;
      }
    }
    if (top.length > 0) {
      problems.push(`Cannot tell which staging connector matches primary connector ${label(p)} (${top.map(label).join(', ')} carry the same rules); give --map ${p.id ?? '<primary GUID>'}=<staging GUID>.`);
    }
  }
  return { pairs, list, problems };
}

function sharedRuleNames(p: SideConnector, s: SideConnector): number {
  const names = new Set(s.rules.map((r) => `${r.direction.value}|${(r.name.value ?? '').toLowerCase()}`));
  return p.rules.filter((r) => names.has(`${r.direction.value}|${(r.name.value ?? '').toLowerCase()}`)).length;
}

export function label(c: { id: string | null; name: string | null }): string {
  if (c.name) return c.name;
  if (c.id === ENTRA_CONNECTOR_ID) return 'Entra ID connector';
  return c.id ?? '(unknown connector)';
}
