import { ENTRA_CONNECTOR_ID } from '../../../model/well-known';
import type { InputReading, RuleSet } from '../../../model/rule-set';
import type { SyncRule } from '../../../model/sync-rule';
import { RuleIndex } from './rule-copies';

/**
 * Whether two configurations given together could end up on one server — the question behind every
 * workspace check of this group. Precedence and Identifier are unique per server (DOC-CHANGE); across two
 * servers the same numbers and GUIDs mean nothing, and a primary and a staging server hold copies of the
 * same rules by design (DOC-UPGRADE, DOC-STAGING).
 */
export type ServerRelation =
  /** Tied by a connector both name (an AD connector's GUID is made per installation, so sharing one is proof). */
  | 'one-server'
  /** Shown to be two servers, or two states of one: nothing they hold can clash. */
  | 'two-servers'
  /** Scripts that nothing ties or separates: treated as one server's parts, as a folder of exports usually is. */
  | 'unknown';

/** A configuration with what the relation needs to know about it, computed once. */
export interface PlacedConfig {
  reading: InputReading;
  config: RuleSet;
  /** A whole server as it was (a server export, a side of a Documenter report), not a script of changes. */
  snapshot: boolean;
  /** AD (non-Entra) connector GUIDs it names: the Entra connector's GUID is the same on every server. */
  adConnectorIds: Set<string>;
  /** Connector names it gives (lower case), Entra's included. */
  connectorNames: Set<string>;
  /** Connector name → GUID where the input gives both. */
  idByName: Map<string, string>;
  rules: RuleIndex;
}

export function placeConfigs(readings: readonly InputReading[]): PlacedConfig[] {
  return readings.flatMap((reading) => reading.configs.map((config) => placeConfig(reading, config)));
}

function placeConfig(reading: InputReading, config: RuleSet): PlacedConfig {
  const adConnectorIds = new Set<string>();
  const connectorNames = new Set<string>();
  const idByName = new Map<string, string>();
  const note = (id: string | null, name: string | null) => {
    if (id !== null && id !== ENTRA_CONNECTOR_ID) adConnectorIds.add(id);
    if (name !== null) {
      const key = name.trim().toLowerCase();
      connectorNames.add(key);
      if (id !== null) idByName.set(key, id);
    }
  };
  for (const c of config.connectors) note(c.id, c.name);
  for (const r of config.rules) note(r.connector.id.value, r.connector.name.value);
  return {
    reading,
    config,
    snapshot: reading.format === 'server-config' || reading.format === 'documenter-report',
    adConnectorIds,
    connectorNames,
    idByName,
    rules: new RuleIndex(config.rules),
  };
}

export function serverRelation(a: PlacedConfig, b: PlacedConfig): ServerRelation {
  // Two sides of one Documenter report are two servers; two server exports are two servers or two moments.
  if (a.reading === b.reading || (a.snapshot && b.snapshot)) return 'two-servers';
  if (namesDisagree(a, b)) return 'two-servers';
  const tied = sharesConnector(a, b);
  if (a.snapshot || b.snapshot) {
    // A script belongs to a whole server only when it names that server's connectors and no others.
    const [whole, part] = a.snapshot ? [a, b] : [b, a];
    return tied && within(part, whole) ? 'one-server' : 'two-servers';
  }
  if (tied) return 'one-server';
  return movedBetweenServers(a, b) ? 'two-servers' : 'unknown';
}

export function mayShareServer(a: PlacedConfig, b: PlacedConfig): boolean {
  return serverRelation(a, b) !== 'two-servers';
}

/** One connector name on two different GUIDs: the same forest as seen by two installations. */
function namesDisagree(a: PlacedConfig, b: PlacedConfig): boolean {
  for (const [name, id] of a.idByName) {
    const other = b.idByName.get(name);
    if (other !== undefined && other !== id) return true;
  }
  return false;
}

function sharesConnector(a: PlacedConfig, b: PlacedConfig): boolean {
  for (const id of a.adConnectorIds) if (b.adConnectorIds.has(id)) return true;
  for (const name of a.connectorNames) if (b.connectorNames.has(name)) return true;
  return false;
}

/** Every connector the part names exists on the whole server (as far as the whole one lists them). */
function within(part: PlacedConfig, whole: PlacedConfig): boolean {
  if (whole.adConnectorIds.size > 0) for (const id of part.adConnectorIds) if (!whole.adConnectorIds.has(id)) return false;
  if (whole.connectorNames.size > 0) for (const name of part.connectorNames) if (!whole.connectorNames.has(name)) return false;
  return true;
}

/**
 * The same rule (same Identifier) on different AD connector GUIDs: a rule moved to another installation,
 * whose connector GUID had to be replaced (DOC-UPGRADE step 3) — the primary/staging pattern.
 */
function movedBetweenServers(a: PlacedConfig, b: PlacedConfig): boolean {
  return a.config.rules.some((r) => r.identifier.value !== null && b.rules.withIdentifier(r.identifier.value).some((o) => onOtherAdConnector(r, o)));
}

function onOtherAdConnector(r: SyncRule, o: SyncRule): boolean {
  const x = r.connector.id.value;
  const y = o.connector.id.value;
  return x !== null && y !== null && x !== y && x !== ENTRA_CONNECTOR_ID && y !== ENTRA_CONNECTOR_ID;
}

/** Memoizes the relation of configuration pairs: workspace checks ask about the same pairs many times. */
export class RelationCache {
  private readonly known = new Map<PlacedConfig, Map<PlacedConfig, boolean>>();

  mayShareServer(a: PlacedConfig, b: PlacedConfig): boolean {
    let row = this.known.get(a);
    if (!row) this.known.set(a, (row = new Map()));
    let v = row.get(b);
    if (v === undefined) {
      v = mayShareServer(a, b);
      row.set(b, v);
    }
    return v;
  }
}
