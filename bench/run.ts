// `npm run bench`: every row of the benchmark table, measured in one run on this machine, printed and
// written to bench/results.md. Targets are checked here, never in unit tests.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffWork, readSides } from './diff-work';
import { bundleSizes, lastActivation } from './footprint';
import { corpusScripts, generated, SIZES, type BenchInput } from './inputs';
import { lintWork, tokenScan } from './lint-work';
import { editLatency, serverMemory } from './lsp-latency';
import { serviceEditLatency } from './edit-work';
import { ms, spread, time } from './stats';
import { treeSitterParse, treeSitterParser } from './tree-sitter';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const generator = path.resolve(root, option('--generator') ?? '../shared/bench/gen-export.mjs');
const corpus = path.resolve(root, option('--corpus') ?? process.env.ADSYNC_CORPUS ?? '../shared/corpus');
const runs = Number(option('--runs') ?? 5);
/** `--only lint,incremental,diff,memory,footprint`: some sections; all by default. */
const only = option('--only')?.split(',');
const wants = (section: string) => !only || only.includes(section);

if (!fs.existsSync(generator)) {
  console.log(`skipped: no generator at ${generator} (pass --generator <gen-export.mjs>)`);
  process.exit(0);
}

const out: string[] = [];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};
const table = (rows: string[][]) => {
  say(`| ${rows[0].join(' | ')} |`);
  say(`|${rows[0].map(() => '---').join('|')}|`);
  for (const r of rows.slice(1)) say(`| ${r.join(' | ')} |`);
  say();
};
const verdict = (met: boolean) => (met ? 'met' : '**not met**');

const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
say(`# Benchmark results`);
say();
say(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpu} · ${os.cpus().length} cores · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · median of ${runs} runs after one warm-up (min–max)`);
say();

const inputs = new Map<number, BenchInput>(SIZES.map((n) => [n, generated(generator, n)]));

if (wants('lint')) {
  const parser = await treeSitterParser();
  say('## Full lint (read + model + every check) vs tree-sitter-powershell parse alone');
  say();
  const rows = [['input', 'MB', 'regex token scan', 'tree-sitter parse', 'adsync-rules lint', 'lint vs tree-sitter']];
  let bigRatio: number | undefined;
  const measure = (label: string, texts: string[]) => {
    const mb = texts.reduce((n, t) => n + t.length, 0) / 1e6;
    const scanT = time(() => texts.forEach(tokenScan), runs);
    const tsT = parser ? time(() => texts.forEach((t) => treeSitterParse(parser, t)), runs) : undefined;
    const lintT = time(() => texts.forEach((t) => lintWork(t)), runs);
    const ratio = tsT ? tsT.median / lintT.median : undefined;
    rows.push([label, mb.toFixed(2), spread(scanT), tsT ? spread(tsT) : 'n/a', spread(lintT), ratio === undefined ? 'n/a' : ratio >= 1 ? `${ratio.toFixed(2)}× faster` : `${(1 / ratio).toFixed(2)}× slower`]);
    return ratio;
  };
  for (const [n, input] of inputs) {
    const ratio = measure(input.label, [input.text]);
    if (n === 5000) bigRatio = ratio;
  }
  const real = fs.existsSync(corpus) ? corpusScripts(corpus) : [];
  if (real.length) measure(`corpus: ${real.length} real scripts`, real.map((r) => r.text));
  table(rows);
  if (!parser) say('tree-sitter (native binding) could not be loaded: no ratio.');
  if (bigRatio !== undefined) say(`Target: lint ≥ 3× faster than tree-sitter on the 15 MB file — ${verdict(bigRatio >= 3)} (${bigRatio.toFixed(2)}×).`);
  say();
}

if (wants('incremental')) {
  say('## Incremental: edit → publishDiagnostics through the bundled server over stdio');
  say();
  const input = inputs.get(1000)!;
  const edits = Number(option('--edits') ?? 200);
  const latency = await editLatency(input.text, edits);
  const service = serviceEditLatency(input.text, edits);
  table([
    ['input', 'MB', 'edits', 'measured', 'p50', 'p95', 'max'],
    [input.label, (input.text.length / 1e6).toFixed(2), String(latency.edits), 'through the server (stdio)', ms(latency.p50), ms(latency.p95), ms(latency.max)],
    [input.label, (input.text.length / 1e6).toFixed(2), String(service.edits), 'language service alone, in-process', ms(service.p50), ms(service.p95), ms(service.max)],
  ]);
  say(`Each publish carries ${service.payloadMB.toFixed(1)} MB of diagnostics (JSON); the difference between the two rows is writing, piping and reading it.`);
  say(`Target: p95 ≤ 50 ms on the ~3 MB file, no debounce — ${verdict(latency.p95 <= 50)}.`);
  say();
}

if (wants('diff')) {
  say('## Primary vs staging: 1,000 vs 980 rules');
  say();
  const staging = generated(generator, 1000, true);
  const primary = inputs.get(1000)!;
  const readT = time(() => readSides(primary.text, staging.text), runs);
  const sides = readSides(primary.text, staging.text);
  const diffT = time(() => diffWork(sides), runs);
  const differ = diffWork(sides);
  table([
    ['work', 'time', 'rules that differ'],
    ['read both sides', spread(readT), ''],
    ['compare (diffRuleSets)', spread(diffT), String(differ)],
    ['read + compare', ms(readT.median + diffT.median), ''],
  ]);
  say(`Target: diff ≤ 250 ms — comparison ${verdict(diffT.median <= 250)} (${ms(diffT.median)}); with reading both files ${verdict(readT.median + diffT.median <= 250)} (${ms(readT.median + diffT.median)}).`);
  say();
}

if (wants('memory')) {
  say('## Memory: the server after opening the 15 MB file');
  say();
  const mem = await serverMemory(inputs.get(5000)!.text);
  if (mem) {
    table([
      ['input', 'RSS after', 'peak RSS'],
      [inputs.get(5000)!.label, `${mem.rss.toFixed(0)} MB`, `${mem.peak.toFixed(0)} MB`],
    ]);
    say(`Target: RSS ≤ 200 MB — ${verdict(mem.rss <= 200)}.`);
  } else say('Not measured: /proc is not available here.');
  say();
}

if (wants('footprint')) {
  say('## Activation and size');
  say();
  const activation = lastActivation(root);
  const rows = [['what', 'value']];
  rows.push(['client activation (starts the server)', activation ? `${ms(activation.ms)} (${activation.vscode}, last e2e run ${activation.at.slice(0, 16)})` : 'not measured yet: run `npm run test:e2e`']);
  for (const b of bundleSizes(root)) rows.push([b.name, `${b.kb.toFixed(0)} KB`]);
  table(rows);
}

fs.writeFileSync(path.join(root, 'bench', 'results.md'), out.join('\n'));
console.log(`written to bench/results.md`);
