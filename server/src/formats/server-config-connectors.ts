import { join } from 'node:path';
import type { Connector, FileDiagnostic } from '../model/rule-set';
import type { FileSource } from './file-source';
import { readXmlFile } from './xml-file';
import { child } from './xml-values';
import { normalizeGuid } from './normalize';

/** The `<ma-data>` children a connector needs; all come before the (megabytes of) schema. */
const WANTED = ['id', 'name', 'category', 'subtype'];

/** Reads the identity of every `Connectors/*.xml` of an export folder; an absent folder gives none. */
export function readConnectors(folder: string, files: FileSource, diagnostics: FileDiagnostic[]): Connector[] {
  const dir = join(folder, 'Connectors');
  if (!files.isDirectory(dir)) return [];
  const connectors: Connector[] = [];
  for (const entry of files.list(dir)) {
    if (!/\.xml$/i.test(entry)) continue;
    const connector = readConnector(join(dir, entry), entry, files, diagnostics);
    if (connector) connectors.push(connector);
  }
  return connectors;
}

function readConnector(path: string, entry: string, files: FileSource, diagnostics: FileDiagnostic[]): Connector | null {
  const seen = new Set<string>();
  const reading = readXmlFile(path, files, 'connector names from this file are unknown', {
    stopAfter: (element, depth) => {
      if (depth === 1 && WANTED.includes(element.name)) seen.add(element.name);
      return seen.size === WANTED.length;
    },
  });
  if (!reading.ok) {
    diagnostics.push(reading.diagnostic);
    return null;
  }
  if (reading.root.name !== 'ma-data') return null;

  const text = (name: string) => {
    const element = child(reading.root, name);
    return element ? element.text : undefined;
  };
  const id = text('id') ?? /\{([0-9a-f-]+)\}/i.exec(entry)?.[1];
  const connector: Connector = { id: id ? normalizeGuid(id) : null, name: text('name') ?? null, file: path };
  const category = text('category');
  const subtype = text('subtype');
  if (category !== undefined) connector.category = category;
  if (subtype !== undefined) connector.subtype = subtype;
  return connector;
}
