import type { SyncRule } from '../model/sync-rule';
import { ENTRA_CONNECTOR_ID } from '../model/well-known';
import { commentText, quote } from './script-powershell';
import type { ConnectorPair } from './types';

/** A connector of the staging server as the script finds it when it runs. */
interface StagingConnector {
  key: string;
  variable: string;
  entra: boolean;
  /** The name to look up on staging. */
  name: string | null;
  /** Its GUID on staging, when an input says it (an SRE export names connectors only by GUID). */
  stagingId: string | null;
  /** The primary's GUID, for a connector known neither by name nor by a staging partner. */
  primaryId: string | null;
  pairedBy?: ConnectorPair['by'];
}

/**
 * Gives every connector the script touches one `$connector_N` variable, resolved at the top of the
 * script before anything changes: by name on the staging server, the Entra connector by its fixed GUID,
 * and a connector the inputs name only by GUID by its staging GUID from the pairing. Each resolution
 * throws when the staging server has no such connector, so a wrong server stops the script unchanged.
 */
export class ConnectorVariables {
  private readonly byKey = new Map<string, StagingConnector>();

  constructor(private readonly pairs: ConnectorPair[]) {}

  /** The variable for the connector of a staging rule (removed or toggled there). */
  ofStaging(rule: SyncRule): string {
    const { id, name } = ids(rule);
    const pair = this.pairs.find((p) => matches(p.staging, id, name));
    return this.variable({
      entra: isEntra(id, pair),
      name: name ?? pair?.staging.name ?? null,
      stagingId: id ?? pair?.staging.id ?? null,
      primaryId: pair?.primary.id ?? null,
      pairedBy: pair?.by,
    });
  }

  /** The variable for the staging connector that a primary rule belongs on (re-created there). */
  ofPrimary(rule: SyncRule): string {
    const { id, name } = ids(rule);
    const pair = this.pairs.find((p) => matches(p.primary, id, name));
    return this.variable({
      entra: isEntra(id, pair),
      // The staging server's own name for it first: the connectors may have been paired by the map.
      name: pair?.staging.name ?? name ?? pair?.primary.name ?? null,
      stagingId: pair?.staging.id ?? null,
      primaryId: id ?? pair?.primary.id ?? null,
      pairedBy: pair?.by,
    });
  }

  /** The resolution blocks, one per connector, in the order the script first needed them. */
  blocks(): string[] {
    return [...this.byKey.values()].map(resolution);
  }

  private variable(c: Omit<StagingConnector, 'key' | 'variable'>): string {
    const key = c.entra ? 'entra' : c.name ? `name:${c.name.toLowerCase()}` : c.stagingId ? `id:${c.stagingId}` : `primary:${c.primaryId ?? '?'}`;
    let found = this.byKey.get(key);
    if (!found) this.byKey.set(key, (found = { ...c, key, variable: `$connector_${this.byKey.size + 1}` }));
    return found.variable;
  }
}

/** Either side may know the Entra connector only by name (a Documenter report); its GUID on the other side says it. */
function isEntra(id: string | null, pair: ConnectorPair | undefined): boolean {
  return id === ENTRA_CONNECTOR_ID || pair?.primary.id === ENTRA_CONNECTOR_ID || pair?.staging.id === ENTRA_CONNECTOR_ID;
}

function ids(rule: SyncRule) {
  return { id: rule.connector.id.value, name: rule.connector.name.value };
}

function matches(c: { id: string | null; name: string | null }, id: string | null, name: string | null): boolean {
  return (id !== null && c.id === id) || (name !== null && c.name !== null && c.name.toLowerCase() === name.toLowerCase());
}

function resolution(c: StagingConnector): string {
  const v = c.variable;
  const check = (what: string) => `if (-not (Get-ADSyncConnector -Identifier ${v} -ErrorAction SilentlyContinue)) { throw ${quote(what)} }`;
  if (c.entra) {
    return [
      `# The Entra ID connector${c.name ? ` ('${commentText(c.name)}')` : ''}: it has this GUID on every server.`,
      `${v} = ${quote(ENTRA_CONNECTOR_ID)}`,
      check('This server has no Entra ID connector: is it the staging server of this tenant?'),
    ].join('\n');
  }
  if (c.name) {
    return [
      `# Connector '${commentText(c.name)}', found by name on this server.`,
      `${v} = (Get-ADSyncConnector -Name ${quote(c.name)} -ErrorAction SilentlyContinue).Identifier`,
      `if (-not ${v}) { throw ${quote(`This server has no connector named '${c.name}'. Connectors are found by name: rename the connector or edit this line.`)} }`,
    ].join('\n');
  }
  if (c.stagingId) {
    const paired = c.primaryId && c.primaryId !== c.stagingId ? ` (primary connector ${c.primaryId}, paired ${describePairing(c.pairedBy)})` : '';
    return [
      `# The inputs name this connector only by its GUID; this is its GUID on staging${paired}.`,
      `${v} = ${quote(c.stagingId)}`,
      check(`This server has no connector with the GUID ${c.stagingId}: run the script on the staging server it was generated for.`),
    ].join('\n');
  }
  return [
    `# Primary connector ${c.primaryId ?? '(unknown)'} has no name in the inputs and no partner on staging: set its GUID on this server here.`,
    `${v} = ''`,
    `if (-not ${v}) { throw ${quote(`Primary connector ${c.primaryId ?? '(unknown)'} has no name in the inputs and no partner on staging: set ${v} to its GUID on this server.`)} }`,
  ].join('\n');
}

function describePairing(by: ConnectorPair['by'] | undefined): string {
  switch (by) {
    case 'map':
      return 'by the map given';
    case 'inferred':
      return 'by the rules they carry';
    default:
      return 'by GUID';
  }
}
