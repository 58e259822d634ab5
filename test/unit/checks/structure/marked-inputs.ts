import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { InputReading } from '../../../../server/src/model';
import type { FileSource } from '../../../../server/src/formats/file-source';
import { expandInputs, readInput } from '../../../../server/src/service/inputs';
import { CHECKS } from '../../../../server/src/checks/rules/structure';
import { ruleDiagnostics } from '../../../../server/src/service/rule-diagnostics';
import { fixturePath } from '../../../support/corpus';
import { parseMarkedFixture, type ExpectedFinding } from '../../../support/markers';

export const fixtureDir = (...parts: string[]) => fixturePath('checks', 'structure', ...parts);

/** The codes this group owns: fixtures are judged on these (other groups' checks have fixtures of their own). */
export const STRUCTURE_CODES = new Set(CHECKS.map((c) => c.meta.id));

export function ownFindings<T extends { code?: Diagnostic['code'] }>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter((d) => STRUCTURE_CODES.has(String(d.code)));
}

export interface MarkedFile {
  text: string;
  expected: ExpectedFinding[];
}

/** Every file under a folder with its markers taken out, read the way the CLI reads folders. */
export function readMarkedFolder(dir: string): { files: Map<string, MarkedFile>; readings: InputReading[] } {
  const files = new Map<string, MarkedFile>();
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (fs.statSync(p).isDirectory()) walk(p);
      else files.set(p, parseMarkedFixture(fs.readFileSync(p, 'utf8')));
    }
  };
  walk(dir);
  const source = markedSource(files);
  const readings = expandInputs([dir], source).map((ref) => readInput(ref, source));
  return { files, readings };
}

/** The structure checks over readings, across inputs as `lint` runs them. */
export function structureFindings(readings: InputReading[], textOf: (file: string) => string | undefined) {
  return ruleDiagnostics(readings, textOf, { workspace: true, checks: CHECKS });
}

/** A file system that serves the fixture texts without their marker lines. */
function markedSource(files: Map<string, MarkedFile>): FileSource {
  const dirs = new Set<string>();
  for (const f of files.keys()) for (let d = path.dirname(f); d.length > 1 && !dirs.has(d); d = path.dirname(d)) dirs.add(d);
  return {
    readText: (p) => {
      const f = files.get(p);
      if (!f) throw new Error(`no fixture ${p}`);
      return f.text;
    },
    isDirectory: (p) => dirs.has(p),
    exists: (p) => dirs.has(p) || files.has(p),
    list: (p) => [...new Set([...dirs, ...files.keys()].filter((x) => path.dirname(x) === p).map((x) => path.basename(x)))].sort(),
  };
}
