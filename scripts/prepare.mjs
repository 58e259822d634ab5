// Runs on `npm install` in this repository: builds dist/ and links the CLI into node_modules/.bin,
// which npm does for dependencies but not for the package being developed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: root, stdio: 'inherit' });
const bin = `${root}node_modules/.bin`;
if (existsSync(`${root}node_modules`)) {
  mkdirSync(bin, { recursive: true });
  rmSync(`${bin}/adsync-rules`, { force: true });
  symlinkSync('../../bin/adsync-rules.js', `${bin}/adsync-rules`);
}
