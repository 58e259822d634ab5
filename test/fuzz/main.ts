// `npm run fuzz [-- --cases N] [--seed S] [--corpus DIR]`: N damaged copies of the real scripts (100,000 by
// default) through the whole language service, then a 50 MB script; prints cases/s and every failure
// with the seed and case that replay it (`--seed S --only K`).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusInputs, fuzz, runCase } from './fuzz';
import { runLanguageService } from './language-service';
import { Random } from './random';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const cases = Number(option('--cases') ?? 100_000);
const seed = Number(option('--seed') ?? Math.floor(Math.random() * 2 ** 31));
const corpus = path.resolve(root, option('--corpus') ?? process.env.ADSYNC_CORPUS ?? '../shared/corpus');
const inputs = corpusInputs(corpus);
if (inputs.length === 0) {
  console.log(`no corpus scripts under ${corpus} (pass --corpus <dir>)`);
  process.exit(2);
}

const only = option('--only');
if (only !== undefined) {
  const failures = runCase(inputs, seed, Number(only));
  console.log(failures.length ? JSON.stringify(failures, null, 2) : `case ${only} of seed ${seed}: no failure`);
  process.exit(failures.length ? 1 : 0);
}

console.log(`fuzz: ${cases.toLocaleString('en')} cases, seed ${seed}, ${inputs.length} corpus scripts`);
const started = performance.now();
const run = fuzz(inputs, { seed, cases, onProgress: (done) => done % 10_000 === 0 && console.log(`  ${done.toLocaleString('en')} cases, ${(done / ((performance.now() - started) / 1000)).toFixed(0)} cases/s`) });
console.log(`${run.cases.toLocaleString('en')} cases in ${(run.ms / 1000).toFixed(1)} s: ${((run.cases / run.ms) * 1000).toFixed(0)} cases/s, ${run.failures.length} failures (seed ${seed})`);
for (const f of run.failures.slice(0, 20)) console.log(`  case ${f.index} (${f.input}: ${f.mutations.join(' + ')}): ${f.call} ${f.problem} — replay: npm run fuzz -- --seed ${seed} --only ${f.index}`);

// One very large file: the editor answers at once (it does not read past its limit); lint reads it all.
const own = fs.readFileSync(path.join(root, 'test', 'fixtures', 'navigation', 'two-rules.ps1'));
const big = Buffer.concat(Array.from({ length: Math.ceil(50e6 / own.length) }, () => own));
const editor = runLanguageService(big, 'big.ps1', new Random(seed), { lint: false });
const t = performance.now();
const batch = runLanguageService(big, 'big.ps1', new Random(seed), { layout: false }).filter((f) => !/^took/.test(f.problem) || f.call !== 'lint');
console.log(`50 MB script: editor ${editor.length ? `FAILED ${JSON.stringify(editor)}` : 'answers within the limit'}; lint ${batch.length ? `FAILED ${JSON.stringify(batch)}` : `read and checked it in ${((performance.now() - t) / 1000).toFixed(1)} s`}`);
process.exit(run.failures.length || editor.length || batch.length ? 1 : 0);
