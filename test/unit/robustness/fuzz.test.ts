import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fuzz, corpusInputs } from '../../fuzz/fuzz';
import { runLanguageService } from '../../fuzz/language-service';
import { MUTATORS } from '../../fuzz/mutate';
import { Random } from '../../fuzz/random';
import { readExpressionDocument } from '../../../server/src/service/expression-features/expression-document';
import { checkReading } from '../../../server/src/service/validate';
import { corpusDir, fixturePath, skipWithoutCorpus } from '../../support/corpus';

/** The short fuzz of `npm test`; `npm run fuzz` runs 100,000 cases. A failure names the seed and case to replay. */
const SEED = Number(process.env.ADSYNC_FUZZ_SEED ?? 20261122);
const BUDGET_MS = Number(process.env.ADSYNC_FUZZ_MS ?? 30_000);
const own = fixturePath('navigation', 'two-rules.ps1');
const describeFailures = (failures: { call: string; problem: string; seed?: number; index?: number; mutations?: string[] }[]) =>
  failures.slice(0, 5).map((f) => `${f.call}: ${f.problem} (seed ${f.seed}, case ${f.index}: ${f.mutations?.join(' + ')})`).join('\n');

describe('fuzzing the whole language service', () => {
  it('every kind of damage, once each on our own fixture: nothing throws, nothing hangs, diagnostics come back', () => {
    const bytes = fs.readFileSync(own);
    for (const [k, m] of MUTATORS.entries()) {
      const random = new Random(SEED + k);
      const failures = runLanguageService(m.apply(bytes, random), own, random);
      assert.deepEqual(failures, [], `${m.name}`);
    }
  });

  it('a 50 MB script gets one clear diagnostic in the editor at once, not a reading that blocks every keystroke', () => {
    const text = fs.readFileSync(own, 'utf8');
    const big = text.repeat(Math.ceil(50e6 / text.length));
    const failures = runLanguageService(Buffer.from(big, 'utf8'), own, new Random(SEED), { lint: false });
    assert.deepEqual(failures, []);
    const checked = checkReading(readExpressionDocument({ file: own, text: big, format: 'powershell' }));
    assert.equal(checked.diagnostics.length, 1);
    assert.match(checked.diagnostics[0].message, /more than the editor reads while you type .* Run `adsync-rules lint` on it\./);
  });

  it(`damaged copies of the real scripts for ${BUDGET_MS / 1000} s (seed ${SEED}): no failure`, { skip: skipWithoutCorpus, timeout: BUDGET_MS + 60_000 }, () => {
    const run = fuzz(corpusInputs(corpusDir), { seed: SEED, cases: Infinity, budgetMs: BUDGET_MS });
    console.log(`fuzz: ${run.cases} cases in ${(run.ms / 1000).toFixed(1)} s (${((run.cases / run.ms) * 1000).toFixed(0)} cases/s), seed ${run.seed}, ${run.failures.length} failures`);
    assert.ok(run.cases >= 100, `only ${run.cases} cases ran`);
    assert.equal(run.failures.length, 0, describeFailures(run.failures));
  });
});
