import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, fixturePath, hasCorpus } from '../../support/corpus';

/** Edit chains as the editor makes them, for the tests that read a text again from its reading before an edit. */

/** Seeded, so a failure names the edit that broke it. */
export function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32) * n | 0;
}

export const EDITS: ((text: string, at: number, pick: (n: number) => number) => string)[] = [
  (t, at, pick) => t.slice(0, at) + String.fromCharCode(97 + pick(26)) + t.slice(at), // a letter typed
  (t, at) => t.slice(0, at) + t.slice(at + 1), // a character deleted
  (t, at) => t.slice(0, at) + '\n' + t.slice(at), // Enter
  (t, at) => t.slice(0, at) + "'" + t.slice(at), // a stray quote
  (t, at) => t.slice(0, at) + '`' + t.slice(at), // a stray backtick
  (t, at) => t.slice(0, at) + '(' + t.slice(at), // an open parenthesis
  (t, at) => t.slice(0, at) + '\r\n\r\n' + t.slice(at), // a blank line, CRLF
  (t, at) => t.slice(0, at) + ' -Disabled' + t.slice(at), // a parameter typed
];

export function ownFixtures(): string[] {
  return ['navigation/two-rules.ps1', 'lineage/engine-order.ps1', 'samples/anchor-rules.ps1'].map((f) => fixturePath(...f.split('/')));
}

export function corpusScripts(): string[] {
  if (!hasCorpus) return [];
  const dirs = ['sre-exports', 'documenter'].map((d) => path.join(corpusDir, d));
  return dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.ps1(\.txt)?$/.test(f)).map((f) => path.join(d, f)));
}

const GENERATOR = path.resolve(corpusDir, '..', 'bench', 'gen-export.mjs');
export const hasGenerator = fs.existsSync(GENERATOR);

/** A Rules Editor export of `rules` rules from the shared benchmark generator. */
export function generatedExport(rules: number, seed: number): string {
  return execFileSync(process.execPath, [GENERATOR, String(rules), String(seed)], { encoding: 'utf8', maxBuffer: 1 << 26 });
}
