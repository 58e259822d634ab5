import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-types';
import { references } from '../../../server/src/service/navigation';
import { at, sliceRange } from '../service/support/cursor';
import { navigationFixture } from './support';

const { text, doc } = navigationFixture('two-rules.ps1');
const lines = (ranges: Range[]) => ranges.map((r) => r.start.line);
/** 0-based lines of every occurrence of `needle` in the fixture, to compare against without trusting the reader. */
const linesOf = (needle: string) => text.split('\n').flatMap((l, i) => (l.includes(needle) ? [i] : []));

describe('find references', () => {
  it('syncRule: every -OutVariable that sets it and every $syncRule that reads it, each once', () => {
    const all = references(doc, at(text, '-SynchronizationRule $sync$0Rule[0]', 2), true);
    assert.deepEqual(lines(all), [...linesOf('-OutVariable syncRule'), ...linesOf('$syncRule')].sort((a, b) => a - b));
    assert.ok(all.every((r) => /^\$?syncRule$/.test(sliceRange(text, r))), 'the name only, not [0]');
    // From a setter, the same set; without declarations only the reads remain.
    assert.deepEqual(references(doc, at(text, '-OutVariable sync$0Rule'), true), all);
    assert.deepEqual(lines(references(doc, at(text, '-OutVariable sync$0Rule'), false)), linesOf('$syncRule'));
  });

  it('a condition variable is not confused with another one', () => {
    const refs = references(doc, at(text, ',$cond$0ition1[0]'), true);
    assert.deepEqual(refs.map((r) => sliceRange(text, r)), ['condition1', '$condition1']);
  });

  it('a rule GUID: its Identifier, the PrecedenceBefore that points at it and the Get-ADSyncRule that reads it back', () => {
    const all = references(doc, at(text, "-PrecedenceBefore '633c$0"), true);
    assert.deepEqual(lines(all), linesOf('633c9cc8-9a74-4912-92d0-f93fae31d89a'));
    assert.equal(all.length, 3);
    const identifierLine = at(text, "-Identifier '633c$0").line;
    assert.deepEqual(lines(references(doc, at(text, "-PrecedenceBefore '633c$0"), false)), linesOf('633c9cc8').filter((l) => l !== identifierLine));
  });

  it('a connector GUID is found in both rules', () => {
    const refs = references(doc, at(text, "-Connector '5e6f$0"), true);
    assert.deepEqual(lines(refs), linesOf('5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'));
    assert.ok(refs.length >= 2);
  });

  it('the unset GUID and plain text have no references', () => {
    assert.deepEqual(references(doc, at(text, "-PrecedenceAfter '0000$0"), true), []);
    assert.deepEqual(references(doc, at(text, "-Direction 'Inb$0ound'"), true), []);
  });
});
