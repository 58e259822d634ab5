import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DAMAGED, assertMarkedFindings, readMarked } from './marked-fixture';

describe('syntax errors: the same damage with a final line break', () => {
  // Editors end files with a line break; the finding must stay on the damaged line, not move to the empty one.
  const withFinalBreak = (text: string) => `${text}\n`;

  test('a backtick on the last line still announces a continuation that never comes', () => {
    assertMarkedFindings(readMarked('dangling-backtick-at-eof.ps1', withFinalBreak));
  });

  test('an unclosed { is reported at the end of the last code, not on the empty last line', () => {
    assertMarkedFindings(readMarked('unclosed-brace-at-eof.ps1', withFinalBreak));
  });

  test('an unterminated string at the end of the file', () => {
    assertMarkedFindings(readMarked('unterminated-single-quote-at-eof.ps1', withFinalBreak));
  });
});

describe('syntax errors: what the damaged rule keeps', () => {
  test("a here-string whose closing line lost its quote ends before that line", () => {
    const marked = readMarked('unterminated-here-string.ps1');
    const rule = marked.rules.find((r) => r.name.value === DAMAGED);
    assert.equal(rule?.description.value, 'The closing line of this here-string lost its quote.');
  });
});
