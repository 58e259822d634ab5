import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { scan } from '../server/src/syntax/scanner';
import { parseScript } from '../server/src/syntax/parse-script';
import { readPowerShellScript } from '../server/src/formats/powershell-script';

/**
 * Reading speed on large Rules Editor exports from ../shared/bench/gen-export.mjs, reported as ratios
 * to a baseline measured in the same run: one pass over every character (the least any reader does).
 */
const generator = path.resolve(process.argv[2] ?? '../shared/bench/gen-export.mjs');
if (!fs.existsSync(generator)) {
  console.log(`skipped: no generator at ${generator}`);
  process.exit(0);
}

function median(run: () => void, times = 5): number {
  const samples: number[] = [];
  for (let k = 0; k < times; k++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)];
}

function charPass(text: string): number {
  let h = 0;
  for (let k = 0; k < text.length; k++) h = (h + text.charCodeAt(k)) | 0;
  return h;
}

const rows: string[][] = [['rules', 'MB', 'baseline ms', 'scan', 'scan+parse', 'read (model)', 'read MB/s']];
for (const count of [1000, 5000]) {
  const text = execFileSync(process.execPath, [generator, String(count), '1'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const baseline = median(() => charPass(text));
  const tScan = median(() => scan(text));
  const tParse = median(() => parseScript(text));
  const tRead = median(() => readPowerShellScript('bench.ps1', text));
  const mb = text.length / 1e6;
  rows.push([String(count), mb.toFixed(1), baseline.toFixed(1), ratio(tScan, baseline), ratio(tParse, baseline), ratio(tRead, baseline), (mb / (tRead / 1000)).toFixed(1)]);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const r of rows) console.log(r.map((cell, c) => cell.padStart(widths[c])).join('  '));

function ratio(t: number, base: number): string {
  return `${t.toFixed(0)} ms (${(t / base).toFixed(0)}x)`;
}
