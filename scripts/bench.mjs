// `npm run bench`: bundles the benchmarks (so the numbers are those of the shipped code) and runs them.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { ensureDependencies, root } from './ensure-deps.mjs';

ensureDependencies();
await esbuild.build({ entryPoints: ['bench/read.bench.ts'], bundle: true, platform: 'node', format: 'esm', outfile: 'out/bench/read.bench.mjs', logLevel: 'warning', absWorkingDir: root });
execFileSync(process.execPath, ['out/bench/read.bench.mjs', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
