// `npm start`: the main job on the bundled examples — the custom rules of a primary and a staging
// server: what each holds, what the checks find, what differs between the two servers and whether the
// staging one could take over.
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
// Blocked (exit 1) is the answer too: the staging server lacks a rule.
const health = cli('health', 'examples/primary', 'examples/staging');
const ok = (code) => code === 0 || code === 1;
process.exit(show === 0 && lint === 0 && ok(diff) && ok(health) ? 0 : 1);
