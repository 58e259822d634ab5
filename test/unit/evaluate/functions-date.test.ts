import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateText } from '../../../server/src/evaluate';
import { error, sample, value } from './helpers';

const at = (iso: string) => ({ type: 'date', iso });

describe('date functions', () => {
  test('DateAdd: months (the reference example), month ends, days, years, hours', () => {
    assert.deepEqual(value('DateAdd("m", 3, CDate("2001-01-01"))'), at('2001-04-01T00:00:00.000Z'));
    assert.deepEqual(value('DateAdd("m", 1, CDate("2001-01-31"))'), at('2001-02-28T00:00:00.000Z'));
    assert.deepEqual(value('DateAdd("d", -1, CDate("2001-03-01"))'), at('2001-02-28T00:00:00.000Z'));
    assert.deepEqual(value('DateAdd("yyyy", 1, CDate("2000-02-29"))'), at('2001-02-28T00:00:00.000Z'));
    assert.deepEqual(value('DateAdd("ww", 2, CDate("2001-01-01"))'), at('2001-01-15T00:00:00.000Z'));
    assert.deepEqual(value('DateAdd("h", 25, CDate("2001-01-01"))'), at('2001-01-02T01:00:00.000Z'));
    assert.deepEqual(value('DateAdd("q", 1, CDate("2001-01-01"))'), at('2001-04-01T00:00:00.000Z'));
    assert.match(error('DateAdd("x", 1, CDate("2001-01-01"))'), /is not an interval/);
  });

  test('DateFromNum reads AD FILETIME (the reference example); "never" is out of range', () => {
    assert.deepEqual(value('DateFromNum(129699324000000000)'), at('2012-01-01T23:00:00.000Z'));
    assert.deepEqual(value('DateFromNum(0)'), at('1601-01-01T00:00:00.000Z'));
    assert.match(error('DateFromNum(9223372036854775807)'), /outside the dates a DateTime can hold/);
  });

  test('NumFromDate is the inverse (the reference example)', () => {
    assert.equal(value('NumFromDate(CDate("2012-01-01 23:00:00"))'), 129699324000000000);
  });

  test('FormatDateTime with .NET custom formats (the reference examples)', () => {
    assert.equal(value('FormatDateTime(CDate("12/25/2007"),"yyyy-MM-dd")'), '2007-12-25');
    assert.equal(value('FormatDateTime(CDate("2014-09-05 08:14:53"),"yyyyMMddHHmmss.0Z")'), '20140905081453.0Z');
    // 25 December 2007 was a Tuesday.
    assert.equal(value('FormatDateTime(CDate("12/25/2007"),"dddd, MMMM d")'), 'Tuesday, December 25');
    assert.equal(value('FormatDateTime(CDate("2013-01-10 4:05 PM"),"hh:mm tt")'), '04:05 PM');
    assert.equal(value('FormatDateTime(CDate("2013-01-10 4:05 PM"),"s")'), '2013-01-10T16:05:00');
    assert.equal(value('FormatDateTime(CDate("2013-01-10"),"\'day\' d")'), 'day 10');
  });

  test('Now() is a stand-in: the given time, or 2000-01-01', () => {
    const given = evaluateText('Now()', sample(), { now: '2024-05-06T07:08:09Z' });
    assert.deepEqual(given, { ok: true, value: at('2024-05-06T07:08:09.000Z'), standIns: ["Now() is 2024-05-06T07:08:09.000Z (as given), not the sync server's clock."] });
    const fallback = evaluateText('Now()', sample());
    assert.ok(fallback.ok);
    assert.deepEqual(fallback.value, at('2000-01-01T00:00:00.000Z'));
    assert.equal(fallback.standIns.length, 1);
  });

  test('dates compare by time', () => {
    assert.equal(value('DateAdd("d", 1, Now()) > Now()'), true);
  });
});
