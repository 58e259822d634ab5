// Installs the project's npm dependencies when a fresh clone has none, so `npm test` and `npm start`
// work as the first command too.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

export function ensureDependencies() {
  if (existsSync(`${root}node_modules/chevrotain`) && existsSync(`${root}node_modules/tsx`)) return;
  console.log('Installing npm dependencies (npm ci)…');
  execSync(existsSync(`${root}package-lock.json`) ? 'npm ci' : 'npm install', { cwd: root, stdio: 'inherit' });
}

export function ensureBuilt() {
  if (!existsSync(`${root}dist/cli.cjs`) || !existsSync(`${root}dist/server.cjs`)) {
    execSync(`"${process.execPath}" scripts/build.mjs --quiet`, { cwd: root, stdio: 'inherit' });
  }
}
