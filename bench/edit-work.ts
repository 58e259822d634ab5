import { ExpressionDocumentCache } from '../server/src/service/expression-features/expression-document';
import { checkReading } from '../server/src/service/validate';
import { percentile } from './stats';
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
  let doc = text;
  let state = seed >>> 0 || 1;
  const random = () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  let last = checkReading(cache.get({ file, text: doc, format: 'powershell' }), undefined, workspace);
  const samples: number[] = [];
  for (let k = 0; k < edits; k++) {
    const offset = Math.floor(random() * doc.length);
    const letter = String.fromCharCode(97 + Math.floor(random() * 26));
    doc = doc.slice(0, offset) + letter + doc.slice(offset);
    const t = performance.now();
    last = checkReading(cache.get({ file, text: doc, format: 'powershell' }), undefined, workspace);
    samples.push(performance.now() - t);
  }
  const sorted = samples.sort((a, b) => a - b);
  return { edits, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1], payloadMB: JSON.stringify(last.diagnostics).length / 1e6 };
}
