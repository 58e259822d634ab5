// `npm start`: the main job on the bundled examples — the custom rules of a primary and a staging
// server: what each holds, what the checks find, and what differs between the two servers.
import { spawnSync } from 'node:child_process';
import { ensureBuilt, ensureDependencies, root } from './ensure-deps.mjs';

ensureDependencies();
ensureBuilt();
const cli = (...args) => {
  console.log(`\n$ adsync-rules ${args.join(' ')}\n`);
  return spawnSync(process.execPath, ['dist/cli.cjs', ...args], { cwd: root, stdio: 'inherit' }).status;
};
const show = cli('show', 'examples');
const lint = cli('lint', 'examples');
// The two servers do differ (exit 1): that is the answer, not a failure of the job.
const diff = cli('diff', 'examples/primary', 'examples/staging');
process.exit(show === 0 && lint === 0 && (diff === 0 || diff === 1) ? 0 : 1);
