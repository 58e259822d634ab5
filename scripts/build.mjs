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

/**
 * The server and the CLI execute nothing and open no connection (a test checks their bundles). Libraries
 * we bundle carry code for other uses: vscode-languageserver's global-module lookup spawns npm/yarn,
 * vscode-jsonrpc's pipe and socket transports use `net` (VS Code talks to us over IPC or stdio), lodash
 * finds the global object with `Function('return this')`. Those modules are replaced by ones that refuse.
 */
const executesNothing = {
  name: 'executes-nothing',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(child_process|net)$/ }, (args) => ({ path: args.path.replace(/^node:/, ''), namespace: 'refused' }));
    build.onLoad({ filter: /.*/, namespace: 'refused' }, (args) => ({
      contents: `const refuse = () => { throw new Error('adsync-rules does not use ${args.path}'); };\nmodule.exports = new Proxy({}, { get: () => refuse });`,
      loader: 'js',
    }));
    build.onLoad({ filter: /lodash-es[\\/]_root\.js$/ }, () => ({
      contents: 'import freeGlobal from "./_freeGlobal.js";\nexport default freeGlobal || globalThis;',
      loader: 'js',
    }));
  },
};

const started = performance.now();
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', external: ['vscode'] }),
  esbuild.build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.cjs', plugins: [executesNothing] }),
  esbuild.build({ ...common, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.cjs', plugins: [executesNothing] }),
]);
if (!process.argv.includes('--quiet')) console.log(`built dist/ in ${Math.round(performance.now() - started)} ms`);
