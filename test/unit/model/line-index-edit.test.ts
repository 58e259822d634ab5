import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../../server/src/model/line-index';
import { unchangedEnds } from '../../../server/src/syntax/reparse';

function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32) * n | 0;
}

/** Line breaks of every kind, and characters that pair with them, close together. */
const ALPHABET = ['a', 'b', '\r', '\n', '\r\n', ' '];

function words(pick: (n: number) => number, length: number): string {
  let s = '';
  for (let k = 0; k < length; k++) s += ALPHABET[pick(ALPHABET.length)];
  return s;
}

function assertSameIndex(actual: LineIndex, text: string, context: string) {
  const expected = new LineIndex(text);
  assert.equal(actual.lineCount, expected.lineCount, `line count after ${context}`);
  for (let line = 0; line < expected.lineCount; line++) assert.equal(actual.lineStart(line), expected.lineStart(line), `start of line ${line} after ${context}`);
}

describe('line index after an edit', () => {
  it('equals the index of the edited text built from scratch (CR, LF and CRLF next to the edit)', () => {
    const pick = random(20261205);
    for (let round = 0; round < 3000; round++) {
      const before = words(pick, 1 + pick(40));
      const at = pick(before.length + 1);
      const removed = pick(Math.min(4, before.length - at) + 1);
      const inserted = words(pick, pick(4));
      const after = before.slice(0, at) + inserted + before.slice(at + removed);
      const { prefix, suffix } = unchangedEnds(before, after);
      const context = `${JSON.stringify(before)} → ${JSON.stringify(after)}`;
      assertSameIndex(new LineIndex(before).afterEdit(after, prefix, suffix), after, context);
    }
  });

  it('keeps both sides of a large text and moves the lines after the edit', () => {
    const text = 'line\r\n'.repeat(20000);
    const at = text.length / 2 + 2;
    const after = text.slice(0, at) + '\n\n' + text.slice(at);
    const { prefix, suffix } = unchangedEnds(text, after);
    assert.equal(prefix, at);
    assert.equal(suffix, text.length - at);
    assertSameIndex(new LineIndex(text).afterEdit(after, prefix, suffix), after, 'two line breaks in the middle');
  });
});

describe('unchanged ends of two texts', () => {
  it('finds the shared start and end across chunk boundaries, never overlapping', () => {
    const pick = random(7);
    for (let round = 0; round < 200; round++) {
      const base = words(pick, pick(20000));
      const at = pick(base.length + 1);
      const cut = pick(Math.min(10, base.length - at) + 1);
      const changed = base.slice(0, at) + words(pick, pick(3)) + base.slice(at + cut);
      const { prefix, suffix } = unchangedEnds(base, changed);
      let p = 0;
      while (p < Math.min(base.length, changed.length) && base[p] === changed[p]) p++;
      let s = 0;
      while (s < Math.min(base.length, changed.length) - p && base[base.length - 1 - s] === changed[changed.length - 1 - s]) s++;
      assert.deepEqual({ prefix, suffix }, { prefix: p, suffix: s });
    }
  });
});
