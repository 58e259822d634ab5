import { join } from 'node:path';
import type { FileDiagnostic, GlobalSettings, MvAttribute } from '../model/rule-set';
import type { FileSource } from './file-source';
import { readXmlFile } from './xml-file';
import type { XmlElement } from './xml-tree';
import { child, childrenNamed } from './xml-values';

/** The parameters a comparison of two servers cares most about, surfaced as fields of their own. */
const SURFACED = {
  serverConfigurationVersion: 'Microsoft.Synchronize.ServerConfigurationVersion',
  anchorAttribute: 'Microsoft.SynchronizationOption.AnchorAttribute',
  upnAttribute: 'Microsoft.SynchronizationOption.UPNAttribute',
} as const;

/** Reads `GlobalSettings/MV.xml`; undefined when the export has none or it cannot be read. */
export function readGlobalSettings(
  folder: string,
  files: FileSource,
  diagnostics: FileDiagnostic[],
): GlobalSettings | undefined {
  const path = join(folder, 'GlobalSettings', 'MV.xml');
  if (!files.exists(path)) return undefined;
  const reading = readXmlFile(path, files, 'the global settings are not read');
  if (!reading.ok) {
    diagnostics.push(reading.diagnostic);
    return undefined;
  }

  const parameters: Record<string, string> = {};
  const values = child(child(reading.root, 'mv-data'), 'parameter-values');
  for (const parameter of childrenNamed(values, 'parameter')) {
    const name = parameter.attributes.name?.value;
    if (name !== undefined) parameters[name] = parameter.text;
  }

  const settings: GlobalSettings = { file: path, parameters };
  const schema = mvAttributes(reading.root);
  if (schema) settings.mvAttributes = schema;
  const server = reading.root.attributes.server?.value;
  if (server !== undefined) settings.server = server;
  for (const [field, parameter] of Object.entries(SURFACED) as [keyof typeof SURFACED, string][]) {
    if (Object.hasOwn(parameters, parameter)) settings[field] = parameters[parameter];
  }
  return settings;
}

/** Metaverse attribute names from the DSML schema (`dsml:attribute-type`), for completion and case checks. */
function mvAttributes(root: XmlElement): MvAttribute[] | undefined {
  const directory = child(child(child(child(root, 'mv-data'), 'schema'), 'dsml:dsml'), 'dsml:directory-schema');
  if (!directory) return undefined;
  return childrenNamed(directory, 'dsml:attribute-type').map((type) => {
    const attribute: MvAttribute = { name: child(type, 'dsml:name')?.text.trim() ?? type.attributes.id?.value ?? '' };
    attribute.multiValued = type.attributes['single-value']?.value !== 'true';
    if (type.attributes['ms-dsml:indexable']?.value === 'true') attribute.indexable = true;
    const syntax = child(type, 'dsml:syntax')?.text.trim();
    if (syntax) attribute.syntax = syntax;
    return attribute;
  }).filter((a) => a.name !== '');
}
