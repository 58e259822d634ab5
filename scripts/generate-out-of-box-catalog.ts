// Writes server/src/catalog/out-of-box/catalog.generated.ts from the real exports in ../shared/corpus:
//
//   node --import tsx scripts/generate-out-of-box-catalog.ts [corpus folder]
//
// The catalogue keeps fingerprints, names and enumerations of the standard rules, never their text.
// A test regenerates it and compares byte for byte, so the committed file always follows from the corpus.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeFileSource } from '../server/src/formats/node-file-source';
import { readInput } from '../server/src/service/inputs';
import { isStandardRule } from '../server/src/model/sync-rule';
import { versionEntryOf } from '../server/src/catalog/out-of-box/entry-of-rule';
import { splitTag } from '../server/src/catalog/out-of-box/tag';
import { settingsOf } from '../server/src/catalog/out-of-box/wizard-settings';
import type { CatalogueSource, FamilyEntry, OutOfBoxCatalogue, VersionEntry, WizardSettings } from '../server/src/catalog/out-of-box/types';
import type { InputFormat } from '../server/src/model/rule-set';

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CATALOG_FILE = path.join(repoDir, 'server', 'src', 'catalog', 'out-of-box', 'catalog.generated.ts');

interface SourceSpec {
  id: string;
  path: string;
  format: InputFormat;
  what: string;
  /** Wizard choices the export does not record itself (a server export has them in MV.xml). */
  declared?: WizardSettings;
}

const SOURCES: SourceSpec[] = [
  {
    id: 'contoso-1.1.130',
    path: 'server-config/contoso-1.1.130',
    format: 'server-config',
    what: 'Get-ADSyncServerConfiguration export of an Azure AD Connect 1.1.130.0 server (one AD forest and Entra ID)',
  },
  {
    id: 'sre-standard-rules',
    path: 'sre-exports/sre_export_standard_rules_excerpt.ps1',
    format: 'sre-export',
    what: 'Rules Editor export of the standard rules of a newer server (excerpt)',
    // The corpus notes say so, and its anchor flows test "mS-DS-ConsistencyGuid" against itself.
    declared: { anchorAttribute: 'mS-DS-ConsistencyGuid' },
  },
];

/** Reads every source and merges the entries; the same tag and version must print the same everywhere. */
export function buildCatalogue(corpusDir: string): OutOfBoxCatalogue {
  const sources: CatalogueSource[] = [];
  const versions = new Map<string, VersionEntry>();
  for (const spec of SOURCES) {
    const reading = readInput({ path: path.join(corpusDir, spec.path), format: spec.format }, nodeFileSource);
    const errors = reading.diagnostics.filter((d) => d.severity === 1);
    if (errors.length) throw new Error(`${spec.path}: ${errors[0].message}`);
    for (const ruleSet of reading.configs) {
      const settings = { ...settingsOf(ruleSet), ...spec.declared };
      sources.push({ id: spec.id, path: spec.path, what: spec.what, settings });
      for (const rule of ruleSet.rules.filter(isStandardRule)) {
        const entry = versionEntryOf(rule, ruleSet, settings, spec.id);
        const known = versions.get(entry.tag);
        versions.set(entry.tag, known ? merge(known, entry) : entry);
      }
    }
  }
  const families: Record<string, FamilyEntry> = {};
  for (const tag of [...versions.keys()].sort()) {
    const entry = versions.get(tag)!;
    const agnostic = splitTag(tag)!.agnostic;
    const family = (families[agnostic] ??= { agnosticTag: agnostic, names: [], versions: {} });
    family.versions[tag] = entry;
    if (!family.names.includes(entry.name)) family.names = [...family.names, entry.name].sort();
  }
  return { sources, families };
}

function merge(a: VersionEntry, b: VersionEntry): VersionEntry {
  if (contentKey(a) !== contentKey(b)) {
    throw new Error(`${a.tag} reads differently in ${a.seenIn.join(', ')} and ${b.seenIn.join(', ')}: one of them is not the shipped rule`);
  }
  // Choices the sources disagree on are not known for this entry (its prints do not depend on them).
  const settings: WizardSettings = {};
  for (const [k, v] of Object.entries(a.settings) as [keyof WizardSettings, string][]) if (b.settings[k] === v) settings[k] = v;
  return {
    ...a,
    seenIn: [...new Set([...a.seenIn, ...b.seenIn])].sort(),
    identifiers: [...new Set([...a.identifiers, ...b.identifiers])].sort(),
    settings,
  };
}

function contentKey(e: VersionEntry): string {
  const { seenIn: _s, identifiers: _i, settings: _w, ...content } = e;
  return JSON.stringify(content);
}

/** The committed file's text: a header, then the data, short objects on one line. */
export function generateCatalogueSource(corpusDir: string): string {
  const catalogue = buildCatalogue(corpusDir);
  const count = Object.values(catalogue.families).reduce((n, f) => n + Object.keys(f.versions).length, 0);
  return [
    '// GENERATED FILE, do not edit. Regenerate with:',
    '//   node --import tsx scripts/generate-out-of-box-catalog.ts [corpus folder, default ../shared/corpus]',
    '// from the real exports listed under `sources` (a test checks that regenerating gives this file byte for byte).',
    `// ${Object.keys(catalogue.families).length} standard rules, ${count} tag versions. Only names, enumerations, attribute names and`,
    '// fingerprints (first 16 hex digits of SHA-256, see fingerprint.ts) are kept: no expression, constant or scope value.',
    "import type { OutOfBoxCatalogue } from './types';",
    '',
    `export const CATALOG: OutOfBoxCatalogue = ${print(catalogue, 0)};`,
    '',
  ].join('\n');
}

const WIDTH = 160;

function print(value: unknown, depth: number): string {
  const flat = JSON.stringify(value);
  const pad = '  '.repeat(depth);
  if (value === null || typeof value !== 'object' || flat.length + pad.length <= WIDTH || isLeaf(value)) return flat;
  const inner = '  '.repeat(depth + 1);
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + print(v, depth + 1)).join(',\n')}\n${pad}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${print(v, depth + 1)}`);
  return `{\n${entries.join(',\n')}\n${pad}}`;
}

/** An object of plain values (one flow, one clause) stays on one line, however long. */
function isLeaf(value: object): boolean {
  return !Array.isArray(value) && Object.values(value).every((v) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => typeof x !== 'object')));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const corpusDir = path.resolve(process.argv[2] ?? path.join(repoDir, '..', 'shared', 'corpus'));
  fs.writeFileSync(CATALOG_FILE, generateCatalogueSource(corpusDir));
  console.log(`wrote ${path.relative(repoDir, CATALOG_FILE)}`);
}
