import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { FileSource } from '../formats/file-source';
import { rememberingTexts } from '../formats/file-texts';
import type { InputReading } from '../model/rule-set';
import { isStandardRule, type SyncRule } from '../model/sync-rule';
import { expandInputs, readInput, type InputRef } from './inputs';
import { flowExpressions } from '../expression/flow-expressions';
import { attributeOccurrences, type AttributeOccurrence } from './navigation/attribute-occurrences';
import type { KnownConnector } from './script-completion/document-values';
import type { WorkspaceInputs } from './validate';

/** More than this many inputs in a workspace is not a rules workspace; the index stops there. */
const MAX_INPUTS = 2000;
/** How long the list of the workspace's inputs is trusted before the folders are walked again. */
const REFS_TTL_MS = 3000;

/**
 * Every rule of the workspace folders, for "Go to Symbol in Workspace". Files are read once and again
 * only when they change on disk; open documents count with their unsaved text.
 */
export class WorkspaceRuleIndex {
  /** Per input path: its last reading, and what it was read from (the open text, or the file's stamp). */
  private readonly cache = new Map<string, { stamp: string; text?: string; reading: InputReading }>();

  /**
   * What is on disk, each file's text kept while its stamp holds: the readers and the checks' `textOf`
   * hold the same string, and the checks that run on every edit do not read closed files again.
   */
  private readonly files: FileSource;

  constructor(disk: FileSource, private folders: string[] = []) {
    this.files = rememberingTexts(disk, (file) => stampOf(file) || undefined);
  }

  setFolders(folders: string[]) {
    this.folders = folders;
  }

  symbols(query: string, openTexts: Map<string, string>): SymbolInformation[] {
    const wanted = query.toLowerCase();
    const out: SymbolInformation[] = [];
    for (const reading of this.readings(openTexts)) {
      for (const config of reading.configs) {
        for (const rule of config.rules) {
          const name = rule.name.value ?? rule.name.unresolved ?? '';
          if (!name || !name.toLowerCase().includes(wanted)) continue;
          const connector = rule.connector.name.value ?? rule.connector.id.value ?? '';
          out.push({
            name,
            kind: isStandardRule(rule) ? SymbolKind.Struct : SymbolKind.Class,
            containerName: [reading.configs.length > 1 ? config.label : '', connector].filter(Boolean).join(' · '),
            location: { uri: pathToFileURL(rule.file).href, range: rule.selectionRange },
          });
        }
      }
    }
    return out;
  }

  /** Every attribute the workspace's rules name, but for the files of `except` (the editor has its own reading of it). */
  *attributeOccurrences(openTexts: Map<string, string>, except: string): Iterable<AttributeOccurrence> {
    for (const reading of this.readings(openTexts)) {
      let found = this.occurrences.get(reading);
      if (!found) {
        const rules = reading.configs.flatMap((c) => c.rules);
        const textOf = (file: string) => openTexts.get(file) ?? this.textOf(file);
        found = attributeOccurrences(rules, flowExpressions(rules, textOf));
        this.occurrences.set(reading, found);
      }
      for (const o of found) if (o.file !== except) yield o;
    }
  }

  /** Every rule of the workspace's inputs, open documents with their unsaved text. */
  allRules(openTexts: Map<string, string>): SyncRule[] {
    return this.readings(openTexts).flatMap((r) => r.configs.flatMap((c) => c.rules));
  }

  /** The files the workspace's inputs come from. */
  inputPaths(): Set<string> {
    return new Set(this.inputRefs().map((ref) => ref.path));
  }

  /** The rules of the workspace (but the file `except`) with this Identifier. */
  rulesWithIdentifier(openTexts: Map<string, string>, except: string, id: string): SyncRule[] {
    return this.readings(openTexts, except).flatMap((r) => r.configs.flatMap((c) => c.rules.filter((rule) => rule.identifier.value === id)));
  }

  /** Every connector the workspace's files name, with its name where a file gives one, but for the file `except`. */
  connectors(openTexts: Map<string, string>, except: string): KnownConnector[] {
    const byId = new Map<string, { name: string | null; where: Set<string> }>();
    const note = (id: string | null | undefined, name: string | null | undefined, file: string) => {
      const key = id?.toLowerCase();
      if (!key || file === except) return;
      const seen = byId.get(key) ?? { name: null, where: new Set<string>() };
      seen.name ??= name ?? null;
      seen.where.add(path.basename(file));
      byId.set(key, seen);
    };
    for (const reading of this.readings(openTexts)) {
      for (const config of reading.configs) {
        for (const c of config.connectors) note(c.id, c.name, c.file ?? reading.source);
        for (const rule of config.rules) note(rule.connector.id.value, rule.connector.name.value, rule.file);
      }
    }
    return [...byId].map(([id, { name, where }]) => ({ id, detail: `${name ?? 'connector'} (${[...where].slice(0, 2).join(', ')}${where.size > 2 ? ', …' : ''})` }));
  }

  /** Occurrences per reading: a reading is replaced when its file changes, and its occurrences go with it. */
  private readonly occurrences = new WeakMap<InputReading, AttributeOccurrence[]>();

  private textOf(file: string): string | undefined {
    try {
      return this.files.readText(file);
    } catch {
      return undefined;
    }
  }

  /** The inputs of the workspace but the file `except`, for the checks across files of an open document. */
  inputs(openTexts: Map<string, string>, except: string): WorkspaceInputs {
    return { readings: this.readings(openTexts, except), textOf: (file) => openTexts.get(file) ?? this.textOf(file) };
  }

  /** The workspace's inputs, found again at most every few seconds: every edit asks, and a folder walk is not free. */
  private inputRefs(): InputRef[] {
    if (this.refs && Date.now() - this.refs.at < REFS_TTL_MS) return this.refs.list;
    const list: InputRef[] = [];
    for (const folder of this.folders) {
      try {
        list.push(...expandInputs([folder], this.files));
      } catch {
        // A folder without any sync-rule input has no symbols.
      }
      if (list.length > MAX_INPUTS) break;
    }
    this.refs = { at: Date.now(), list: list.slice(0, MAX_INPUTS) };
    return this.refs.list;
  }

  private refs: { at: number; list: InputRef[] } | undefined;

  private readings(openTexts: Map<string, string>, except?: string): InputReading[] {
    return this.inputRefs()
      .filter((ref) => ref.path !== except)
      .flatMap((ref) => {
        const open = openTexts.get(ref.path);
        // An open document is read again only when its text changed; a file on disk when its stamp did.
        const stamp = open !== undefined ? undefined : stampOf(ref.path);
        const cached = this.cache.get(ref.path);
        if (cached && (open !== undefined ? cached.text === open : cached.text === undefined && cached.stamp === stamp)) return cached.reading;
        const files = open === undefined ? this.files : { ...this.files, readText: (p: string) => (p === ref.path ? open : this.files.readText(p)) };
        try {
          const reading = readInput(ref, files);
          this.cache.set(ref.path, { stamp: stamp ?? '', text: open, reading });
          return [reading];
        } catch {
          // Gone (or unreadable) since the folders were last walked: it has no rules now, and the edit
          // that asked still gets its diagnostics.
          this.cache.delete(ref.path);
          return [];
        }
      });
  }
}

/** Modification time and size; a server-config folder is stamped by its rules folder. */
function stampOf(path: string): string {
  const s = fs.statSync(path, { throwIfNoEntry: false });
  if (!s) return '';
  if (!s.isDirectory()) return `${s.mtimeMs}:${s.size}`;
  const rules = fs.statSync(`${path}/SynchronizationRules`, { throwIfNoEntry: false });
  return `${rules?.mtimeMs ?? s.mtimeMs}`;
}
