import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AFTER, BEFORE, assertMarkedFindings, readMarked } from './marked-fixture';
import { cases } from './syntax-error-cases';

describe('syntax errors: one AADC000 where the text is damaged, the rules around it still read', () => {
  for (const c of cases) {
    describe(c.file, () => {
      test('findings are exactly the markers', () => {
        assertMarkedFindings(readMarked(c.file));
      });
      test(`reads ${c.rules.length} rules`, () => {
        const marked = readMarked(c.file);
        assert.deepEqual(marked.rules.map((r) => r.name.value), c.rules);
        for (const name of [BEFORE, AFTER].filter((n) => c.rules.includes(n))) {
          const rule = marked.rules.find((r) => r.name.value === name)!;
          assert.equal(rule.committed, true, `${name} is committed`);
        }
        c.check?.(marked);
      });
    });
  }
});

describe('syntax errors: the same fixtures with CRLF line breaks', () => {
  // Recovery heuristics look at line ends; a carriage return must not change where they land.
  const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
  for (const c of cases) {
    test(c.file, () => {
      const marked = readMarked(c.file, crlf);
      assert.ok(marked.fixture.text.includes('\r\n'));
      assertMarkedFindings(marked);
    });
  }
});
