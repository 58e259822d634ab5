import * as fs from 'node:fs';
import * as path from 'node:path';
import { runLanguageService, type CallFailure } from './language-service';
import { mutate } from './mutate';
import { Random } from './random';

/** A real file to damage. */
export interface FuzzInput {
  file: string;
  bytes: Buffer;
}

export interface FuzzFailure extends CallFailure {
  /** Replays the case: the run's seed and the case's number. */
  seed: number;
  index: number;
  input: string;
  mutations: string[];
}

export interface FuzzRun {
  seed: number;
  cases: number;
  ms: number;
  failures: FuzzFailure[];
}

/** The scripts of the corpus (Rules Editor exports and Documenter scripts), as bytes. */
export function corpusInputs(corpus: string): FuzzInput[] {
  const out: FuzzInput[] = [];
  for (const dir of ['sre-exports', 'documenter']) {
    const full = path.join(corpus, dir);
    if (!fs.existsSync(full)) continue;
    for (const name of fs.readdirSync(full).sort()) if (/\.ps1(\.txt)?$/i.test(name)) out.push({ file: path.join(full, name), bytes: fs.readFileSync(path.join(full, name)) });
  }
  return out;
}

/**
 * `cases` damaged copies of the inputs (or as many as fit in `budgetMs`), each through the whole
 * language service. Case `index` of a run uses its own generator seeded from (seed, index), so one
 * case can be replayed without the ones before it.
 */
export function fuzz(inputs: FuzzInput[], options: { seed: number; cases: number; budgetMs?: number; onProgress?: (done: number) => void }): FuzzRun {
  const started = performance.now();
  const failures: FuzzFailure[] = [];
  let index = 0;
  for (; index < options.cases; index++) {
    if (options.budgetMs !== undefined && performance.now() - started > options.budgetMs) break;
    failures.push(...runCase(inputs, options.seed, index));
    if (options.onProgress && index % 1000 === 999) options.onProgress(index + 1);
  }
  return { seed: options.seed, cases: index, ms: performance.now() - started, failures };
}

export function runCase(inputs: FuzzInput[], seed: number, index: number): FuzzFailure[] {
  const random = new Random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const input = random.pick(inputs);
  const { bytes, applied } = mutate(input.bytes, random);
  return runLanguageService(bytes, input.file, random).map((f) => ({ ...f, seed, index, input: path.basename(input.file), mutations: applied }));
}
