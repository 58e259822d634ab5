import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../../server/src/cli/main';
import { nodeFileSource } from '../../../../server/src/formats/node-file-source';
import type { FileSource } from '../../../../server/src/formats/file-source';
import { repoDir } from '../../../support/corpus';

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

/** The version string in-process runs report, so a test can tell it from the bundle's package version. */
export const IN_PROCESS_VERSION = '9.9.9-test';

/** runCli exactly as index.ts calls it, with stdout and stderr captured instead of written. */
export function runInProcess(argv: string[], files: FileSource = nodeFileSource): CliResult {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t), files, version: IN_PROCESS_VERSION });
  return { code, out, err };
}

export const cliBundle = path.join(repoDir, 'dist', 'cli.cjs');
export const binScript = path.join(repoDir, 'bin', 'adsync-rules.js');

/** The real process, started from the repository root (fixture paths in tests are relative to it or absolute). */
export function runProcess(argv: string[], entry: string = cliBundle): CliResult {
  // A missing bundle must fail loudly: skipping would hide every process-level check.
  if (!fs.existsSync(cliBundle)) throw new Error(`${cliBundle} is missing: run node scripts/build.mjs first (npm test does)`);
  const r = spawnSync(process.execPath, [entry, ...argv], { cwd: repoDir, encoding: 'utf8', timeout: 15000 });
  if (r.error) throw r.error;
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Both ways of running the CLI, for checks that must hold for each. */
export const runners: { name: string; run: (argv: string[]) => CliResult }[] = [
  { name: 'runCli in-process', run: (argv) => runInProcess(argv) },
  { name: 'node dist/cli.cjs', run: (argv) => runProcess(argv) },
  { name: 'node bin/adsync-rules.js', run: (argv) => runProcess(argv, binScript) },
];
