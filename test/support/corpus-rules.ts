import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InputReading } from '../../server/src/model';
import { nodeFileSource } from '../../server/src/formats/node-file-source';
import { expandInputs, readInput } from '../../server/src/service/inputs';
import { corpusPath } from './corpus';

/** Every input of the real corpus, read once per test process (all four formats). */
let cached: InputReading[] | undefined;

export function corpusReadings(): InputReading[] {
  cached ??= expandInputs(['sre-exports', 'documenter', 'server-config'].map((d) => corpusPath(d)), nodeFileSource).map((ref) => readInput(ref, nodeFileSource));
  return cached;
}

export function corpusText(file: string): string | undefined {
  return fs.existsSync(file) && !fs.statSync(file).isDirectory() ? fs.readFileSync(file, 'utf8') : undefined;
}

export function isCorpusFile(file: string, kind: string): boolean {
  return file.split(path.sep).includes(kind);
}
