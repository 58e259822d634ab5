// `npm run fuzz`: bundles the fuzzer (the shipped code's speed, not the test loader's) and runs it.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { ensureDependencies, root } from './ensure-deps.mjs';

ensureDependencies();
await esbuild.build({ entryPoints: ['test/fuzz/main.ts'], bundle: true, platform: 'node', format: 'esm', outfile: 'out/fuzz/main.mjs', logLevel: 'warning', absWorkingDir: root });
try {
  execFileSync(process.execPath, ['--max-old-space-size=8192', 'out/fuzz/main.mjs', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
} catch (e) {
  process.exit(e.status ?? 1);
}
