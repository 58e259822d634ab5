// `npm run package`: a production build (minified, no source maps) packed into adsync-rules-<version>.vsix.
import { execFileSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ensureDependencies, root } from './ensure-deps.mjs';

ensureDependencies();
// A development build leaves source maps beside the bundles; they do not belong in the package.
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, ['scripts/build.mjs', '--production', '--quiet'], { cwd: root, stdio: 'inherit' });
const pkg = createRequire(import.meta.url)('../package.json');
const out = `adsync-rules-${pkg.version}.vsix`;
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
// The bundles carry every dependency: the package needs no node_modules.
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '-o', out], { cwd: root, stdio: 'inherit' });
console.log(`${out}: ${(statSync(`${root}${out}`).size / 1024).toFixed(0)} KB`);
