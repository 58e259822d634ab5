import { diffRuleSets } from '../../diff/diff-rule-sets';
import type { DiffResult } from '../../diff/types';
import type { FileSource } from '../../formats/file-source';
import type { SyncRule } from '../../model/sync-rule';
import { normalizeGuid } from '../../formats/normalize';
import type { CompareParams, CompareSideName, CompareView } from '../../protocol/compare';
import { InputError } from '../inputs';
import { compareView } from './compare-view';
import { fileKey, recordingFileSource } from './file-keys';
import { readCompareSide } from './read-side';

/** A comparison as the server keeps it between requests. */
export interface Comparison {
  params: CompareParams;
  result: DiffResult;
  view: CompareView;
  /** What each file held when it was read (fileKey → text hash). */
  hashes: Map<string, string>;
  /** The compared rules that live in each file (fileKey → rule index and side). */
  rulesByFile: Map<string, { rule: number; side: CompareSideName }[]>;
  /** Edited scripts read again to place lenses (fileKey → the text's hash and its rules), so a text is read once. */
  edited: Map<string, { hash: string; rules: SyncRule[] }>;
}

/** Reads both sides from disk and compares them; an input that cannot be read as asked is an InputError. */
export function runComparison(id: number, params: CompareParams, files: FileSource): Comparison {
  const recording = recordingFileSource(files);
  const { map, problems } = connectorMap(params.map ?? {});
  const primary = readCompareSide(params.primary, 'primary', recording.files);
  let stagingPaths = params.staging;
  if (stagingPaths.length === 0) {
    const report = primary.readings.length === 1 && primary.readings[0].format === 'documenter-report';
    if (!report) throw new InputError('staging: no file or folder given (only a Documenter report holds both sides)');
    stagingPaths = params.primary;
  }
  const staging = readCompareSide(stagingPaths, 'staging', recording.files);
  const result = diffRuleSets(primary.ruleSet, staging.ruleSet, { map });
  const view = compareView(id, result, primary, staging);
  view.problems.unshift(...problems);
  return { params, result, view, hashes: recording.hashes, rulesByFile: rulesByFile(view), edited: new Map() };
}

function rulesByFile(view: CompareView): Comparison['rulesByFile'] {
  const out: Comparison['rulesByFile'] = new Map();
  for (const rule of view.rules) {
    for (const side of ['primary', 'staging'] as const) {
      const where = rule[side];
      if (!where) continue;
      const key = fileKey(where.file);
      let list = out.get(key);
      if (!list) out.set(key, (list = []));
      list.push({ rule: rule.index, side });
    }
  }
  return out;
}

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;

/** The connector map setting: GUIDs in any case, with or without braces; an entry that is not a pair of GUIDs is said, not used. */
function connectorMap(entries: Record<string, string>): { map: Map<string, string>; problems: string[] } {
  const map = new Map<string, string>();
  const problems: string[] = [];
  for (const [from, to] of Object.entries(entries)) {
    if (typeof to === 'string' && GUID.test(from.trim()) && GUID.test(to.trim())) map.set(normalizeGuid(from), normalizeGuid(to));
    else problems.push(`connector map: '${from}' → '${String(to)}' is not a pair of connector GUIDs; ignored`);
  }
  return { map, problems };
}
