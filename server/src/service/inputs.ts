import * as path from 'node:path';
import type { InputFormat, InputReading } from '../model/rule-set';
import type { FileSource } from '../formats/file-source';
import { readServerConfig } from '../formats/server-config';
import { readDocumenterReport } from '../formats/documenter-report';
import { powershellFormat, readPowerShellScript } from '../formats/powershell-script';

export interface InputRef {
  path: string;
  format: InputFormat;
}

export class InputError extends Error {}

const SCRIPT = /\.(ps1|ps1\.txt|psm1)$/i;
const REPORT = /\.html?$/i;
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/**
 * What a path given by a user holds: a server-config folder (it has SynchronizationRules/), a single
 * file, or a folder of either, read recursively in name order.
 */
export function expandInputs(paths: string[], files: FileSource): InputRef[] {
  const out: InputRef[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    if (!files.exists(p)) throw new InputError(`${p}: no such file or folder`);
    const found = expand(p, files, true, new Set());
    if (found.length === 0) throw new InputError(`${p}: holds no sync-rule input (.ps1, .ps1.txt, a Documenter .html report, or a server-config folder)`);
    // A file named twice, or named beside the folder that holds it, is one input.
    for (const ref of found) {
      const key = path.resolve(ref.path);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(ref);
    }
  }
  return out;
}

function expand(p: string, files: FileSource, explicit: boolean, visited: Set<string>): InputRef[] {
  if (files.isDirectory(p)) {
    if (files.isDirectory(path.join(p, 'SynchronizationRules'))) return [{ path: p, format: 'server-config' }];
    const real = files.realPath?.(p) ?? path.resolve(p);
    if (visited.has(real)) return [];
    visited.add(real);
    return files
      .list(p)
      .filter((name) => !name.startsWith('.') && !SKIPPED_DIRS.has(name))
      .flatMap((name) => expand(path.join(p, name), files, false, visited));
  }
  const format = formatOfFile(p);
  if (format) return [{ path: p, format }];
  if (explicit) throw new InputError(`${p}: not a sync-rule input (expected .ps1, .ps1.txt, .html, or a server-config folder)`);
  return [];
}

function formatOfFile(p: string): InputFormat | undefined {
  if (SCRIPT.test(p)) return /\.ps1\.txt$/i.test(p) ? 'documenter-script' : 'sre-export';
  if (REPORT.test(p)) return 'documenter-report';
  return undefined;
}

export function readInput(ref: InputRef, files: FileSource): InputReading {
  switch (ref.format) {
    case 'server-config':
      return readServerConfig(ref.path, files);
    case 'documenter-report':
      return readDocumenterReport(ref.path, files.readText(ref.path));
    default: {
      const text = files.readText(ref.path);
      return readPowerShellScript(ref.path, text, powershellFormat(ref.path, text));
    }
  }
}
