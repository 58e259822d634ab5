// Bundles the extension client, the language server and the CLI with esbuild (one file each, CommonJS,
// because VS Code 1.100 loads extensions with require()).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { ADSYNC_VERSION: JSON.stringify(pkg.version) },
  // chevrotain's ESM build reads import.meta.url for nothing we use; keep the bundle quiet about it.
  supported: { 'import-meta': true },
};

const started = performance.now();
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.cjs' }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.cjs' }),
]);
if (!process.argv.includes('--quiet')) console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
