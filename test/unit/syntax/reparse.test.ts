import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseScript, type ParsedScript } from '../../../server/src/syntax/parse-script';
import { reparse } from '../../../server/src/syntax/reparse';
import { corpusDir, fixturePath, hasCorpus } from '../../support/corpus';

/** Seeded, so a failure names the edit that broke it. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32) * n | 0;
}

const EDITS: ((text: string, at: number, pick: (n: number) => number) => string)[] = [
  (t, at, pick) => t.slice(0, at) + String.fromCharCode(97 + pick(26)) + t.slice(at), // a letter typed
  (t, at) => t.slice(0, at) + t.slice(at + 1), // a character deleted
  (t, at) => t.slice(0, at) + '\n' + t.slice(at), // Enter
  (t, at) => t.slice(0, at) + "'" + t.slice(at), // a stray quote
  (t, at) => t.slice(0, at) + '`' + t.slice(at), // a stray backtick
  (t, at) => t.slice(0, at) + '(' + t.slice(at), // an open parenthesis
  (t, at) => t.slice(0, at) + '\r\n\r\n' + t.slice(at), // a blank line, CRLF
  (t, at) => t.slice(0, at) + ' -Disabled' + t.slice(at), // a parameter typed
];

/** What a reading is, for comparison: statements, comments, problems (the line index is the text's). */
const essence = (p: ParsedScript) => ({ statements: p.script.statements, comments: p.scan.comments, problems: p.problems });

/**
 * A chain of edits as the editor makes them, each read from the reading before it (incremental where it
 * can be, whose kept statements are moved in place), and each compared with a full reading of the same text.
 */
function chain(text: string, edits: number, seed: number, kinds = EDITS): { incremental: number; total: number } {
  const pick = random(seed);
  let current = parseScript(text);
  let incremental = 0;
  for (let k = 0; k < edits; k++) {
    const edit = kinds[pick(kinds.length)];
    const next = edit(current.text, pick(current.text.length + 1), pick);
    const full = parseScript(next);
    const again = reparse(current, next);
    if (again) {
      incremental++;
      assert.deepEqual(essence(again), essence(full), `seed ${seed}, edit ${k}`);
      current = again;
    } else {
      current = full;
    }
  }
  return { incremental, total: edits };
}

function ownFixtures(): string[] {
  return ['navigation/two-rules.ps1', 'lineage/engine-order.ps1', 'samples/anchor-rules.ps1'].map((f) => fixturePath(...f.split('/')));
}

function corpusScripts(): string[] {
  if (!hasCorpus) return [];
  const dirs = ['sre-exports', 'documenter'].map((d) => path.join(corpusDir, d));
  return dirs.flatMap((d) => fs.readdirSync(d).filter((f) => /\.ps1(\.txt)?$/.test(f)).map((f) => path.join(d, f)));
}

describe('reading only the statements around an edit', () => {
  it('gives exactly the full reading, edit after edit, on our fixtures and the real scripts', () => {
    let seed = 20261205;
    for (const file of [...ownFixtures(), ...corpusScripts()]) chain(fs.readFileSync(file, 'utf8'), 40, seed++);
  });

  it('on a generated 200-rule export most edits re-read only a few statements, and still match the full reading', { skip: fs.existsSync(path.resolve(corpusDir, '..', 'bench', 'gen-export.mjs')) ? false : 'no generator' }, () => {
    const text = execFileSync(process.execPath, [path.resolve(corpusDir, '..', 'bench', 'gen-export.mjs'), '200', '3'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    // Typing letters, as the benchmark does. Damage (a stray quote, a deleted backtick) is read in full, and
    // so is every edit after it until the text reads cleanly again, as in the editor.
    const { incremental, total } = chain(text, 150, 7, EDITS.slice(0, 1));
    assert.ok(incremental >= total / 2, `${incremental} of ${total} edits were read incrementally`);
    // Every kind of edit, damage included, still matches the full reading.
    chain(text, 150, 8);
  });

  it('damage near the edit is read in full; damage far before it is kept as it was', () => {
    const text = fs.readFileSync(fixturePath('lineage', 'engine-order.ps1'), 'utf8');
    // The edit damages the text: the window has a problem.
    const good = parseScript(text);
    assert.equal(reparse(good, text.replace("-Name 'In from AD - User Title Fallback'", "-Name 'In from AD - User Title Fallback")), undefined);
    // Damage in the first rule, an edit in the last one: the first rule's problem stays, the rest is read again.
    const damaged = text.replace("-Description '' `", "-Description ''' `");
    const before = parseScript(damaged);
    assert.ok(before.problems.length > 0);
    const edited = damaged.replace("-Identifier '88888888-8888-4888-8888-888888888888'", "-Identifier '88888888-8888-4888-8888-888888888889'");
    const again = reparse(before, edited);
    assert.ok(again, 'read incrementally');
    assert.deepEqual(essence(again), essence(parseScript(edited)));
  });
});
