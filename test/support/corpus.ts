import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The shared corpus of real files sits beside every checkout (../shared/corpus); a user's own clone may not have it. */
export const corpusDir = process.env.ADSYNC_CORPUS ?? path.resolve(repoRoot, '..', 'shared', 'corpus');
export const hasCorpus = fs.existsSync(corpusDir);
export const repoDir = repoRoot;

/** Pass as the `skip` option of corpus tests: they say why they skip instead of failing. */
export const skipWithoutCorpus: string | false = hasCorpus ? false : `no corpus at ${corpusDir} (real files are not in the repository)`;

export function corpusPath(...parts: string[]): string {
  return path.join(corpusDir, ...parts);
}

export function fixturePath(...parts: string[]): string {
  return path.join(repoRoot, 'test', 'fixtures', ...parts);
}
