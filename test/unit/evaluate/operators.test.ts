import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateText } from '../../../server/src/evaluate';
import { error, mv, sample, value } from './helpers';

describe('operators', () => {
  test('one priority, left to right (the reference example)', () => {
    assert.equal(value('2*(5+3)'), 16);
    assert.equal(value('2*5+3'), 13);
    // Not 17: the addition comes first because it is written first.
    assert.equal(value('2+5*3'), 21);
    assert.equal(value('10-2-3'), 5);
  });

  test('& joins text of strings, numbers, Booleans and references', () => {
    assert.equal(value('"a" & 1 & True'), 'a1True');
    assert.equal(value('"CN={" & ConvertToUTF8Hex([sourceAnchor]) & "}"', { sourceAnchor: 'AB' }), 'CN={4142}');
    assert.match(error('"x" & [objectGUID]', { objectGUID: 'guid:00112233-4455-6677-8899-aabbccddeeff' }), /Operator & joins text, not a Binary value/);
  });

  test('+ - * take numbers; + on strings says to use &', () => {
    assert.equal(value('7 - -2'), 9);
    assert.match(error('"a" + "b"'), /Operator \+ takes numbers, not String and String \(strings are joined with &\)/);
  });

  test('comparisons: numbers with numbers, strings with strings (exact case)', () => {
    assert.equal(value('1 = 1'), true);
    assert.equal(value('"a" = "A"'), false);
    assert.equal(value('"a" <> "b"'), true);
    assert.equal(value('2 < 10'), true);
    assert.equal(value('"2" < "10"'), false);
    assert.equal(value('3 >= 3'), true);
    assert.equal(value('True = True'), true);
    assert.match(error('1 = "1"'), /Can only compare values of type number and string: operator = got Number and String/);
  });

  test('NULL on either side gives NULL', () => {
    assert.equal(value('[absent] = 2'), null);
    assert.equal(value('[absent] & "x"'), null);
    assert.equal(value('[absent] + 1'), null);
  });

  test('&& and || take Booleans, NULL as False, and stop early', () => {
    assert.equal(value('True && False'), false);
    assert.equal(value('False || True'), true);
    assert.equal(value('[absent] && True'), false);
    assert.equal(value('[absent] = 1 || True'), true);
    assert.equal(value('False && Error("never")'), false);
    assert.equal(value('True || Error("never")'), true);
    assert.match(error('1 && True'), /Operator && takes True or False, not a Number value/);
  });

  test('&& and || bind more loosely than the other operators (the standard cloudFiltered expression needs it)', () => {
    const filtered = 'IsPresent([isCriticalSystemObject]) || IsPresent([sAMAccountName]) = False || [sAMAccountName] = "SUPPORT_388945a0"';
    assert.equal(value(filtered, { sAMAccountName: 'jd' }), false);
    assert.equal(value(filtered, { sAMAccountName: 'SUPPORT_388945a0' }), true);
    assert.equal(value(filtered, {}), true);
    assert.equal(value(filtered, { isCriticalSystemObject: true, sAMAccountName: 'jd' }), true);
    assert.equal(value('1 + 1 = 2 && "a" & "b" = "ab"'), true);
    // Between themselves, left to right: (True || False) && False.
    assert.equal(value('True || False && False'), false);
    assert.equal(value('True || Error("never") = 1'), true);
  });

  test('a multi-valued operand applies per value; two need equal counts', () => {
    assert.deepEqual(value('[a] & "!"', { a: ['x', 'y'] }), mv('x!', 'y!'));
    assert.deepEqual(value('[a] + [b]', { a: [1, 2], b: [10, 20] }), mv(11, 22));
    assert.match(error('[a] & [b]', { a: ['x', 'y'], b: ['z'] }), /multi-valued operands of 2 and 1 values/);
  });

  test('64-bit arithmetic wraps as Int64 does', () => {
    // 2^62 + 2^62 = 2^63, one past Int64.MaxValue: it wraps to -2^63.
    assert.equal(value('4611686018427387904 + 4611686018427387904'), -9223372036854775808);
  });

  test('words and constants', () => {
    assert.equal(value('CRLF'), '\r\n');
    assert.equal(value('NULL'), null);
    assert.equal(value('Null'), null);
    assert.equal(value('true'), true);
    assert.deepEqual(value('AuthoritativeNull'), { type: 'authoritativeNull' });
    assert.deepEqual(value('IIF(True, IgnoreThisFlow, 1)'), { type: 'ignoreThisFlow' });
    assert.match(error('Foo'), /Identifier Foo is undefined/);
    assert.match(error('null'), /Identifier null is undefined \(names are case-sensitive: NULL\)/);
    assert.match(error('vbTextCompare'), /only meaningful as an argument/);
    assert.match(error('Trim(AuthoritativeNull)'), /expected type String, passed AuthoritativeNull/);
  });

  test('parameters: given values, else a visible placeholder reported as a stand-in', () => {
    const given = evaluateText('%Domain.Netbios% & "\\\\" & [sAMAccountName]', sample({ sAMAccountName: 'jd' }), { parameters: { 'Domain.Netbios': 'CONTOSO' } });
    assert.deepEqual(given, { ok: true, value: 'CONTOSO\\jd', standIns: [] });
    const placeholder = evaluateText('%Domain.Netbios%', sample());
    assert.ok(placeholder.ok);
    assert.equal(placeholder.value, '%Domain.Netbios%');
    assert.match(placeholder.standIns.join(' '), /%Domain\.Netbios% is the placeholder/);
  });

  test('attribute names are case-sensitive', () => {
    assert.equal(value('[DisplayName]', { displayName: 'Joe' }), null);
    assert.equal(value('[displayName]', { displayName: 'Joe' }), 'Joe');
  });
});
