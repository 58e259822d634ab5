// `npm run bench`: bundles the benchmarks (so the numbers are those of the shipped code) and runs them.
// The language-server rows talk to dist/server.cjs: the bundles are built first, minified as they ship.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { ensureDependencies, root } from './ensure-deps.mjs';

ensureDependencies();
execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--quiet'], { cwd: root, stdio: 'inherit' });
await esbuild.build({
  entryPoints: ['bench/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: 'out/bench/run.mjs',
  logLevel: 'warning',
  absWorkingDir: root,
  // Native modules and the protocol library load from node_modules at run time.
  external: ['tree-sitter', 'tree-sitter-powershell', 'vscode-languageserver-protocol', 'vscode-jsonrpc'],
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
execFileSync(process.execPath, ['--expose-gc', 'out/bench/run.mjs', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
