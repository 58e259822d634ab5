import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateText } from '../../../server/src/evaluate';
import { sample, value } from './helpers';

describe('what only a live server knows is a reported stand-in', () => {
  test('Guid() is a fixed GUID', () => {
    const result = evaluateText('Guid()', sample());
    assert.deepEqual(result, { ok: true, value: '00000000-0000-4000-8000-000000000000', standIns: ['Guid() is 00000000-0000-4000-8000-000000000000, not a new random GUID.'] });
  });

  test('RandomNum(a, b) is a', () => {
    const result = evaluateText('RandomNum(100,999)', sample());
    assert.ok(result.ok);
    assert.equal(result.value, 100);
    assert.match(result.standIns[0], /RandomNum\(100, 999\) is 100/);
  });

  test('RandomStr(n) is n letters A', () => {
    assert.equal(value('RandomStr(3)'), 'AAA');
  });

  test('ImportedValue reads the sample, and says it did', () => {
    const result = evaluateText('ImportedValue("sourceAnchor")', sample({ sourceAnchor: 'abc' }));
    assert.ok(result.ok);
    assert.equal(result.value, 'abc');
    assert.match(result.standIns[0], /reads sourceAnchor of the sample object/);
    assert.equal(value('ImportedValue("absent")'), null);
  });

  test('each stand-in is reported once', () => {
    const result = evaluateText('Guid() & Guid()', sample());
    assert.equal(result.standIns.length, 1);
  });

  test('a plain expression has no stand-ins', () => {
    assert.deepEqual(evaluateText('"a" & "b"', sample()), { ok: true, value: 'ab', standIns: [] });
  });
});
