import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { assertFindings, parseMarkedFixture } from '../../support/markers';

function finding(code: string, line: number, start: number, end = start, endLine = line): Diagnostic {
  return { code, message: `${code} here`, range: { start: { line, character: start }, end: { line: endLine, character: end } } };
}

/** The message assertFindings fails with, or undefined when it passes. */
function failure(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    assert.ok(e instanceof assert.AssertionError, `expected an assertion failure, got ${String(e)}`);
    return e.message;
  }
}

describe('parseMarkedFixture', () => {
  test('removes marker lines and numbers expectations by the remaining lines', () => {
    const fixture = parseMarkedFixture([
      'first',
      "-Name 'broken `",
      '#     ^^^^^^^^^ AADC000',
      'third',
      '#^^^^ AADC024',
      'last',
    ].join('\n'));
    assert.equal(fixture.text, "first\n-Name 'broken `\nthird\nlast");
    assert.deepEqual(fixture.expected, [
      { line: 1, start: 6, end: 15, code: 'AADC000' },
      { line: 2, start: 0, end: 5, code: 'AADC024' },
    ]);
  });

  test('`#^` counts the `#` as a caret; indentation moves it, so every column can be marked', () => {
    const fixture = parseMarkedFixture(['abc', '#^ A001', 'abc', ' #^ A002', 'abc', '# ^ A003', 'abc', '  # ^ A004'].join('\n'));
    assert.deepEqual(fixture.expected.map((e) => [e.line, e.start, e.end]), [[0, 0, 2], [1, 1, 3], [2, 2, 3], [3, 4, 5]]);
  });

  test('several marker lines mark the same line; a note after the code is kept', () => {
    const fixture = parseMarkedFixture(['x = (1', '#    ^ AADC000 missing )', '#  ^ AADC024', 'y'].join('\n'));
    assert.equal(fixture.text, 'x = (1\ny');
    assert.deepEqual(fixture.expected, [
      { line: 0, start: 5, end: 6, code: 'AADC000', note: 'missing )' },
      { line: 0, start: 3, end: 4, code: 'AADC024' },
    ]);
  });

  test('keeps CRLF line breaks as written and reads markers between them', () => {
    const fixture = parseMarkedFixture("a `\r\n-Name 'x\r\n#     ^ AADC000\r\nb\r\n");
    assert.equal(fixture.text, "a `\r\n-Name 'x\r\nb\r\n");
    assert.deepEqual(fixture.expected, [{ line: 1, start: 6, end: 7, code: 'AADC000' }]);
  });

  test('markers at the end of the file take the last line break with them', () => {
    assert.equal(parseMarkedFixture('a `\n#  ^ AADC000\n').text, 'a `');
    assert.equal(parseMarkedFixture('a `\r\n#  ^ AADC000').text, 'a `');
    assert.equal(parseMarkedFixture('a\n#^ AADC000\nb\n').text, 'a\nb\n');
  });

  test('a marker inside what would be an unterminated string is still a marker', () => {
    const fixture = parseMarkedFixture("-Name 'open\n#     ^ AADC000\n-Next 'x'");
    assert.equal(fixture.text, "-Name 'open\n-Next 'x'");
    assert.equal(fixture.expected.length, 1);
  });

  test('ordinary comments stay; near-markers are refused instead of silently ignored', () => {
    assert.deepEqual(parseMarkedFixture('# a comment\n#### banner\nx').expected, []);
    assert.throws(() => parseMarkedFixture('x\n#  ^^^ lowercase'), /looks like a marker/);
    assert.throws(() => parseMarkedFixture('x\n#\t^ AADC000'), /looks like a marker/);
    assert.throws(() => parseMarkedFixture('# ^ AADC000\nx'), /needs a line above/);
  });
});

describe('assertFindings', () => {
  const text = "New-ADSyncRule `\n-Name 'x `\n-Precedence 1";
  const expected = [{ line: 1, start: 6, end: 7, code: 'AADC000' }];

  test('passes when findings and markers correspond one to one', () => {
    assert.equal(failure(() => assertFindings([finding('AADC000', 1, 6, 9)], expected, text)), undefined);
    assert.equal(failure(() => assertFindings([], [], text)), undefined);
  });

  test('matches on code, start line and start column; the end is free', () => {
    assert.equal(failure(() => assertFindings([finding('AADC000', 1, 6, 3, 2)], expected, text)), undefined);
    assert.match(failure(() => assertFindings([finding('AADC000', 1, 7)], expected, text)) ?? '', /unexpected AADC000 at 2:8[\s\S]*missing AADC000 at 2:7/);
    assert.match(failure(() => assertFindings([finding('AADC024', 1, 6)], expected, text)) ?? '', /unexpected AADC024[\s\S]*missing AADC000/);
    assert.match(failure(() => assertFindings([finding('AADC000', 2, 6)], expected, text)) ?? '', /unexpected AADC000 at 3:7/);
  });

  test('a finding on an unmarked line fails, showing the line and where', () => {
    const message = failure(() => assertFindings([finding('AADC000', 1, 6), finding('AADC024', 2, 0, 11)], expected, text)) ?? '';
    assert.match(message, /unexpected AADC024 at 3:1: AADC024 here/);
    assert.ok(message.includes('    3 | -Precedence 1\n      | ^^^^^^^^^^^'), message);
  });

  test('a marker nothing was found for fails, showing the marked line', () => {
    const message = failure(() => assertFindings([], expected, text)) ?? '';
    assert.ok(message.includes("missing AADC000 at 2:7\n    2 | -Name 'x `\n      |       ^"), message);
  });

  test('one finding cannot satisfy two markers, nor two findings one marker', () => {
    assert.ok(failure(() => assertFindings([finding('AADC000', 1, 6)], [...expected, ...expected], text)));
    assert.ok(failure(() => assertFindings([finding('AADC000', 1, 6), finding('AADC000', 1, 6)], expected, text)));
  });

  test('a zero-width finding at the end of a line is marked one past the last character', () => {
    const fixture = parseMarkedFixture("New-ADSyncRule `\n-Name 'x'\n#        ^ AADC000\n-Precedence 1");
    assert.equal(failure(() => assertFindings([finding('AADC000', 1, 9)], fixture.expected, fixture.text)), undefined);
  });

  test('the failure lists what was found as markers ready to paste', () => {
    const message = failure(() => assertFindings([finding('AADC024', 0, 0, 14), finding('AADC000', 1, 1, 2)], [], text)) ?? '';
    assert.ok(message.includes('what was found, as markers:\n    New-ADSyncRule `\n    #^^^^^^^^^^^^^ AADC024\n    -Name \'x `\n     #^ AADC000'), message);
  });

  test('the markers it suggests read back as the findings they describe', () => {
    const findings = [finding('AADC024', 0, 0, 14), finding('AADC000', 1, 1, 2), finding('AADC000', 1, 8, 8), finding('AADC000', 2, 12)];
    const message = failure(() => assertFindings(findings, [], text)) ?? '';
    const suggested = message.split('what was found, as markers:\n')[1].split('\n').map((l) => l.slice(4)).join('\n');
    const fixture = parseMarkedFixture(suggested);
    assert.equal(failure(() => assertFindings(findings, fixture.expected, fixture.text)), undefined);
  });

  test('CRLF text shows without stray carriage returns', () => {
    const message = failure(() => assertFindings([finding('AADC000', 1, 0)], [], 'a\r\nbad\r\n')) ?? '';
    assert.ok(message.includes('    2 | bad\n'), message);
  });
});
