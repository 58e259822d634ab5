import { ExpressionDocumentCache } from '../server/src/service/expression-features/expression-document';
import { checkReading } from '../server/src/service/validate';
import { percentile } from './stats';
import { letterEdits } from './letter-edits';
import type { Latency } from './lsp-latency';

/**
 * The same edits as the LSP row (a letter typed at a seeded random place), timed in-process from the
 * new text to its diagnostics: the language service alone, without the protocol. The difference to the
 * LSP row is the price of sending the diagnostics (JSON both ways, the pipe). Also returns the size of
 * one publish, for scale.
 */
export function serviceEditLatency(text: string, edits = 200, seed = 7): Latency & { payloadMB: number } {
  const file = '/bench/latency.ps1';
  const cache = new ExpressionDocumentCache();
  const workspace = () => ({ readings: [], textOf: () => undefined });
  let last = checkReading(cache.get({ file, text, format: 'powershell' }), undefined, workspace);
  const samples: number[] = [];
  for (const { after } of letterEdits(text, edits, seed)) {
    const t = performance.now();
    last = checkReading(cache.get({ file, text: after, format: 'powershell' }), undefined, workspace);
    samples.push(performance.now() - t);
  }
  const sorted = samples.sort((a, b) => a - b);
  return { edits, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], payloadMB: JSON.stringify(last.diagnostics).length / 1e6 };
}
