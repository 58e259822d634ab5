import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseScript, type ParsedScript } from '../../../server/src/syntax/parse-script';
import { reparse } from '../../../server/src/syntax/reparse';
import { fixturePath } from '../../support/corpus';
import { EDITS, corpusScripts, generatedExport, hasGenerator, ownFixtures, random } from './edit-chains';

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

describe('reading only the statements around an edit', () => {
  it('gives exactly the full reading, edit after edit, on our fixtures and the real scripts', () => {
    let seed = 20261205;
    for (const file of [...ownFixtures(), ...corpusScripts()]) chain(fs.readFileSync(file, 'utf8'), 40, seed++);
  });

  it('on a generated 200-rule export most edits re-read only a few statements, and still match the full reading', { skip: hasGenerator ? false : 'no generator' }, () => {
    const text = generatedExport(200, 3);
    // Typing letters, as the benchmark does. Damage (a stray quote, a deleted backtick) is read in full, and
    // so is every edit after it until the text reads cleanly again, as in the editor.
    const { incremental, total } = chain(text, 150, 7, EDITS.slice(0, 1));
    assert.ok(incremental >= total / 2, `${incremental} of ${total} edits were read incrementally`);
    // Every kind of edit, damage included, still matches the full reading.
    chain(text, 150, 8);
  });

  it('damage is read incrementally when the statements after it read as before, in full when it runs on', () => {
    const text = fs.readFileSync(fixturePath('lineage', 'engine-order.ps1'), 'utf8');
    // A lost closing quote: the scanner ends the string at its line, and the next statements read as before.
    const good = parseScript(text);
    const damaged = text.replace("-Name 'In from AD - User Title Fallback'", "-Name 'In from AD - User Title Fallback");
    const again = reparse(good, damaged);
    assert.ok(again, 'read incrementally');
    assert.ok(again.problems.length > 0, 'the lost quote is reported');
    assert.deepEqual(essence(again), essence(parseScript(damaged)));
    // Typing the quote back mends it, again without reading everything.
    const mended = reparse(again, text);
    assert.ok(mended, 'read incrementally');
    assert.deepEqual(essence(mended), essence(parseScript(text)));
    // A block comment that is never closed swallows the rest of the file: only a full reading can say so.
    const opened = text.replace("-Name 'In from AD - User Title Fallback'", "<# -Name 'In from AD - User Title Fallback'");
    assert.equal(reparse(parseScript(text), opened), undefined);
  });

  it('damage far before the edit is kept as it was', () => {
    const text = fs.readFileSync(fixturePath('lineage', 'engine-order.ps1'), 'utf8');
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
