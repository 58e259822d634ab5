// `npm start`: reads the bundled examples (a primary and a staging server's custom rules) and shows
// what the tool finds in them.
import { execFileSync } from 'node:child_process';
import { ensureBuilt, ensureDependencies, root } from './ensure-deps.mjs';

ensureDependencies();
ensureBuilt();
const cli = (...args) => execFileSync(process.execPath, ['dist/cli.cjs', ...args], { cwd: root, stdio: 'inherit' });
console.log('$ adsync-rules show examples\n');
cli('show', 'examples');
console.log('\n$ adsync-rules lint examples\n');
try {
  cli('lint', 'examples');
} catch (e) {
  process.exit(typeof e.status === 'number' ? e.status : 1);
}
