import { basename, join } from 'node:path';
import { syntaxError } from '../model/diagnostic';
import { LineIndex } from '../model/line-index';
import type { FileDiagnostic, InputReading, RuleSet } from '../model/rule-set';
import type { SyncRule } from '../model/sync-rule';
import type { FileSource } from './file-source';
import { readConnectors } from './server-config-connectors';
import { ruleFromXml, type ConnectorNames } from './server-config-rule';
import { readGlobalSettings } from './server-config-settings';
import { readXmlFile } from './xml-file';

const RULES_FOLDER = 'SynchronizationRules';

/**
 * Reads a `Get-ADSyncServerConfiguration` export folder: one rule per SynchronizationRules/*.xml, connector names
 * from Connectors/*.xml and the settings in GlobalSettings/MV.xml. Bad input becomes diagnostics, never an exception.
 */
export function readServerConfig(folder: string, files: FileSource): InputReading {
  const diagnostics: FileDiagnostic[] = [];
  const config: RuleSet = { label: basename(folder) || folder, rules: [], connectors: [] };
  const reading: InputReading = { source: folder, format: 'server-config', configs: [config], diagnostics, files: [] };

  const rulesDir = join(folder, RULES_FOLDER);
  if (!files.isDirectory(rulesDir)) {
    const what = files.isDirectory(folder) ? `has no ${RULES_FOLDER} folder` : 'is not a folder';
    diagnostics.push(
      syntaxError(folder, `${folder} ${what}, so it is not a Get-ADSyncServerConfiguration export; no rules are read.`, startOfFile),
    );
    return reading;
  }

  config.connectors = readConnectors(folder, files, diagnostics);
  const globalSettings = readGlobalSettings(folder, files, diagnostics);
  if (globalSettings) config.globalSettings = globalSettings;

  const connectorNames: ConnectorNames = new Map(config.connectors.flatMap((c) => (c.id ? [[c.id, c.name] as const] : [])));
  for (const entry of files.list(rulesDir)) {
    if (!/\.xml$/i.test(entry)) continue;
    const path = join(rulesDir, entry);
    const rule = readRuleFile(path, files, connectorNames, diagnostics);
    if (rule) config.rules.push(rule);
    reading.files.push({ path, rules: rule ? 1 : 0 });
  }
  config.rules.sort(byPrecedenceThenName);
  return reading;
}

function readRuleFile(
  path: string,
  files: FileSource,
  connectorNames: ConnectorNames,
  diagnostics: FileDiagnostic[],
): SyncRule | null {
  const consequence = 'the rule in this file is not read';
  const xml = readXmlFile(path, files, consequence);
  if (!xml.ok) {
    diagnostics.push(xml.diagnostic);
    return null;
  }
  const lines = new LineIndex(xml.text);
  if (xml.root.name !== 'synchronizationRule') {
    const at = lines.rangeOf(xml.root.start, xml.root.contentStart);
    diagnostics.push(syntaxError(path, `Expected a <synchronizationRule> element, found <${xml.root.name}>; ${consequence}.`, at));
    return null;
  }
  return ruleFromXml(xml.root, path, lines, connectorNames);
}

/** Evaluation order: lower precedence first; rules without a precedence last; names break ties (ordinal, not locale). */
function byPrecedenceThenName(a: SyncRule, b: SyncRule): number {
  const pa = a.precedence.value ?? Number.POSITIVE_INFINITY;
  const pb = b.precedence.value ?? Number.POSITIVE_INFINITY;
  if (pa !== pb) return pa < pb ? -1 : 1;
  const na = a.name.value ?? '';
  const nb = b.name.value ?? '';
  if (na !== nb) return na < nb ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

const startOfFile = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
