import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bin, error, objectOf, value } from './helpers';

describe('evaluation functions', () => {
  test('IsBitSet (the reference example)', () => {
    assert.equal(value('IsBitSet(&HF,4)'), true);
    assert.equal(value('IsBitSet(8,4)'), false);
    assert.equal(value('IsBitSet([userAccountControl],2)', { userAccountControl: 514 }), true);
  });

  test('IsDate', () => {
    assert.equal(value('IsDate("2001-01-01")'), true);
    assert.equal(value('IsDate(Now())'), true);
    assert.equal(value('IsDate("someday")'), false);
    assert.equal(value('IsDate([absent])'), false);
  });

  test('IsEmpty: present but an empty string', () => {
    assert.equal(value('IsEmpty([a])', { a: '' }), true);
    assert.equal(value('IsEmpty([a])', { a: 'x' }), false);
    assert.equal(value('IsEmpty([absent])'), false);
  });

  test('IsGuid: text in either GUID form', () => {
    assert.equal(value('IsGuid("{00112233-4455-6677-8899-aabbccddeeff}")'), true);
    assert.equal(value('IsGuid("00112233-4455-6677-8899-aabbccddeeff")'), true);
    assert.equal(value('IsGuid("00112233")'), false);
    assert.equal(value('IsGuid([objectGUID])', objectOf({ objectGUID: bin('00112233445566778899aabbccddeeff') })), false);
  });

  test('IsNull: absent only', () => {
    assert.equal(value('IsNull([absent])'), true);
    assert.equal(value('IsNull([a])', { a: '' }), false);
    assert.equal(value('IsNull(NULL)'), true);
  });

  test('IsNullOrEmpty and IsPresent are inverses', () => {
    assert.equal(value('IsNullOrEmpty([a])', { a: '' }), true);
    assert.equal(value('IsNullOrEmpty([absent])'), true);
    assert.equal(value('IsNullOrEmpty([a])', { a: 'x' }), false);
    assert.equal(value('IsPresent([a])', { a: 'x' }), true);
    assert.equal(value('IsPresent([a])', { a: '' }), false);
    assert.equal(value('IsPresent([absent])'), false);
    assert.equal(value('IsPresent([n])', { n: 0 }), true);
    assert.equal(value('IsPresent([proxyAddresses])', { proxyAddresses: ['', 'smtp:a@b'] }), true);
  });

  test('IsNumeric: numbers and integer text', () => {
    assert.equal(value('IsNumeric("12")'), true);
    assert.equal(value('IsNumeric(12)'), true);
    assert.equal(value('IsNumeric("1.5")'), false);
    assert.equal(value('IsNumeric([absent])'), false);
  });

  test('IsString: what CStr converts; binary is not a string', () => {
    assert.equal(value('IsString("x")'), true);
    assert.equal(value('IsString([objectGUID])', { objectGUID: 'guid:00112233-4455-6677-8899-aabbccddeeff' }), false);
    assert.equal(value('IsString([objectGUID])', { objectGUID: 'string-guid' }), true);
    assert.equal(value('IsString([absent])'), false);
  });

  test('RegexIsMatch (undocumented): pattern, options', () => {
    assert.equal(value('RegexIsMatch("abc123","^[a-z]+\\d+$")'), true);
    assert.equal(value('RegexIsMatch("ABC","^abc$")'), false);
    assert.equal(value('RegexIsMatch("ABC","^abc$","IgnoreCase")'), true);
    assert.match(error('RegexIsMatch("a","(")'), /not a valid regular expression/);
    assert.match(error('RegexIsMatch("a","a","Turbo")'), /"Turbo" is not a regular expression option/);
  });
});

describe('math functions', () => {
  test('BitAnd (the reference example) and BitOr', () => {
    assert.equal(value('BitAnd(&HF, &HF7)'), 7);
    assert.equal(value('BitOr(&HF0, &H0F)'), 255);
    assert.equal(value('BitOr([userAccountControl], 2)', { userAccountControl: 512 }), 514);
  });
});
