import { ENTRA_CONNECTOR_ID } from '../../model/well-known';
import type { SyncRule } from '../../model/sync-rule';

export interface KnownConnector {
  id: string;
  /** The connector's name where the document gives one, else what we know of it. */
  detail: string;
}

/**
 * Connector GUIDs the document's rules name, in first-use order, then those the rest of the workspace
 * knows (`elsewhere`); the Entra ID connector is always known.
 */
export function knownConnectors(rules: readonly SyncRule[], elsewhere: readonly KnownConnector[] = []): KnownConnector[] {
  const known = connectorsInDocument(rules);
  const ids = new Set(known.map((c) => c.id));
  return [...known, ...elsewhere.filter((c) => !ids.has(c.id) && (ids.add(c.id), true))];
}

function connectorsInDocument(rules: readonly SyncRule[]): KnownConnector[] {
  const byId = new Map<string, { name: string | null; rules: number }>();
  for (const rule of rules) {
    const id = rule.connector.id.value?.toLowerCase();
    if (!id) continue;
    const seen = byId.get(id) ?? { name: null, rules: 0 };
    seen.rules++;
    seen.name ??= rule.connector.name.value;
    byId.set(id, seen);
  }
  const known = [...byId].map(([id, { name, rules: count }]) => ({ id, detail: name ?? describe(id, count) }));
  if (!byId.has(ENTRA_CONNECTOR_ID)) known.push({ id: ENTRA_CONNECTOR_ID, detail: 'Entra ID connector (the same GUID on every server)' });
  return known;
}

function describe(id: string, rules: number): string {
  const used = `used by ${rules} rule${rules === 1 ? '' : 's'} in this document`;
  return id === ENTRA_CONNECTOR_ID ? `Entra ID connector, ${used}` : used;
}

/**
 * A precedence below 100 that no other rule of the document uses: the one after the highest custom
 * precedence (new custom rules usually go last among the custom ones), else the highest free one.
 * `editing` is the rule whose precedence is being written: its own value does not count as taken.
 */
export function freePrecedence(rules: readonly SyncRule[], editing?: SyncRule): number | undefined {
  const used = new Set(rules.filter((r) => r !== editing).map((r) => r.precedence.value).filter((p): p is number => p !== null));
  const custom = [...used].filter((p) => p > 0 && p < 100);
  const next = custom.length > 0 ? Math.max(...custom) + 1 : 1;
  if (next < 100 && !used.has(next)) return next;
  for (let p = 99; p >= 1; p--) if (!used.has(p)) return p;
  return undefined;
}
