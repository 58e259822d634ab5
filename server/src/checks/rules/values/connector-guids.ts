import type { Range } from 'vscode-languageserver-types';
import type { InputReading, RuleSet } from '../../../model/rule-set';
import type { SyncRule } from '../../../model/sync-rule';
import { ENTRA_CONNECTOR_ID } from '../../../model/well-known';
import type { FixData } from '../../check';
import type { FileTexts } from './flow-text';
import { isScriptFormat } from '../script-formats';

/** Scripts are what moves between servers; a server export describes the server it came from. */
export function isScript(reading: InputReading): boolean {
  return isScriptFormat(reading.format);
}

export interface LiteralConnector {
  id: string;
  /** The GUID inside its quotes. */
  range: Range;
  /** The quoted string, quotes included. */
  quoted: Range;
}

/**
 * The connector GUID a rule writes as a literal string. The Entra connector is left out: it has the
 * same GUID on every server, so naming it by GUID is portable.
 */
export function literalConnector(rule: SyncRule, texts: FileTexts): LiteralConnector | undefined {
  const id = rule.connector.id;
  if (!id.value || !id.range || id.value === ENTRA_CONNECTOR_ID) return undefined;
  const lines = texts.lines(rule.file);
  if (!lines) return undefined;
  const start = lines.offsetAt(id.range.start);
  const end = lines.offsetAt(id.range.end);
  const open = lines.text[start - 1];
  if ((open !== "'" && open !== '"') || lines.text[end] !== open) return undefined;
  return { id: id.value, range: id.range, quoted: lines.rangeOf(start - 1, end + 1) };
}

/** `-Connector '<guid>'` → `-Connector (Get-ADSyncConnector -Name '<name>').Identifier`, as Microsoft's portable scripts write it. */
export function lookupByNameFix(literal: LiteralConnector, name: string): FixData {
  const quotedName = `'${name.replace(/'/g, "''")}'`;
  return { title: `Look the connector up by name ('${name}')`, edits: [{ range: literal.quoted, newText: `(Get-ADSyncConnector -Name ${quotedName}).Identifier` }] };
}

export interface KnownConnector {
  id: string;
  name: string;
  /** The configuration (server export) that has it. */
  config: string;
}

/** Connectors whose GUID and name the inputs state together: those of server exports. */
export function knownConnectors(readings: InputReading[]): KnownConnector[] {
  const out: KnownConnector[] = [];
  for (const reading of readings) {
    for (const config of reading.configs) {
      for (const c of config.connectors) if (c.id && c.name) out.push({ id: c.id, name: c.name, config: config.label });
    }
  }
  return out;
}

/** A rule whose connector the script looks up by name (`(Get-ADSyncConnector -Name …).Identifier`): the script is meant to travel. */
export function ruleWithConnectorByName(ruleSet: RuleSet): SyncRule | undefined {
  return ruleSet.rules.find((r) => r.connector.id.value === null && r.connector.name.value);
}
