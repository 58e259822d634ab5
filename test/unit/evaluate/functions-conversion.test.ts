import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bin, error, hexBytes, mv, objectOf, value } from './helpers';

/**
 * GUID 00112233-4455-6677-8899-aabbccddeeff in .NET Guid.ToByteArray order (the first three groups
 * reversed, the rest as written): 33 22 11 00 | 55 44 | 77 66 | 88 99 | aa bb cc dd ee ff.
 */
const GUID_BYTES = '33221100 5544 7766 8899 aabbccddeeff';

describe('conversion functions', () => {
  test('CBool: a condition, a non-zero number', () => {
    assert.equal(value('CBool(1 = 1)'), true);
    assert.equal(value('CBool([a] = [b])', { a: 'x', b: 'y' }), false);
    assert.equal(value('CBool(5)'), true);
    assert.equal(value('CBool(0)'), false);
  });

  test('CDate reads the zone and gives UTC (the reference example)', () => {
    assert.deepEqual(value('CDate("2013-01-10 4:00 PM -8")'), { type: 'date', iso: '2013-01-11T00:00:00.000Z' });
    assert.deepEqual(value('CDate("12/25/2007")'), { type: 'date', iso: '2007-12-25T00:00:00.000Z' });
    assert.match(error('CDate("not a date")'), /cannot be read as a date/);
  });

  test('CGuid gives the bytes in .NET order, braces or not', () => {
    assert.deepEqual(value('CGuid("{00112233-4455-6677-8899-aabbccddeeff}")'), bin(GUID_BYTES));
    assert.deepEqual(value('CGuid("00112233-4455-6677-8899-AABBCCDDEEFF")'), bin(GUID_BYTES));
    assert.match(error('CGuid("0011-22")'), /is not a GUID/);
  });

  test('CNum', () => {
    assert.equal(value('CNum("42")'), 42);
    assert.equal(value('CNum(" -7 ")'), -7);
    assert.equal(value('CNum("42") + 1'), 43);
    assert.match(error('CNum("4.5")'), /cannot be read as a number/);
  });

  test('CRef', () => {
    assert.deepEqual(value('CRef("CN=LC Services,CN=Microsoft," & %Forest.LDAP%)', {}, { parameters: { 'Forest.LDAP': 'DC=contoso,DC=com' } }), {
      type: 'reference',
      dn: 'CN=LC Services,CN=Microsoft,DC=contoso,DC=com',
    });
  });

  test('CStr of numbers, Booleans, references and strings; binary is refused', () => {
    assert.equal(value('CStr(42)'), '42');
    assert.equal(value('CStr(True)'), 'True');
    assert.equal(value('CStr(CRef([dn]))', { dn: 'cn=Joe,dc=contoso,dc=com' }), 'cn=Joe,dc=contoso,dc=com');
    assert.equal(value('CStr([objectGUID])', { objectGUID: 'already text' }), 'already text');
    assert.match(error('CStr([objectGUID])', objectOf({ objectGUID: bin(GUID_BYTES) })), /CStr cannot convert a binary value/);
  });

  test('ConvertToBase64 of a string encodes its UTF-16LE bytes (the reference example)', () => {
    assert.equal(value('ConvertToBase64("Hello world!")'), 'SABlAGwAbABvACAAdwBvAHIAbABkACEA');
  });

  test('ConvertToBase64 of a binary GUID encodes the bytes as stored', () => {
    // 3-byte groups → four 6-bit digits:
    //   33 22 11 → 001100 110010 001000 010001 → 12 50 8 17 → M y I R
    //   00 55 44 → 000000 000101 010101 000100 → 0 5 21 4   → A F V E
    //   77 66 88 → 011101 110110 011010 001000 → 29 54 26 8 → d 2 a I
    //   99 aa bb → 100110 011010 101010 111011 → 38 26 42 59 → m a q 7
    //   cc dd ee → 110011 001101 110111 101110 → 51 13 55 46 → z N 3 u
    //   ff       → 111111 110000              → 63 48 = =   → / w = =
    assert.equal(value('ConvertToBase64([objectGUID])', { objectGUID: 'guid:00112233-4455-6677-8899-aabbccddeeff' }), 'MyIRAFVEd2aImaq7zN3u/w==');
  });

  test('ConvertFromBase64: Unicode by default, or the named encoding (the reference examples)', () => {
    assert.equal(value('ConvertFromBase64("SABlAGwAbABvACAAdwBvAHIAbABkACEA")'), 'Hello world!');
    assert.equal(value('ConvertFromBase64("SGVsbG8gd29ybGQh", UTF8)'), 'Hello world!');
    // "SGk=" is the bytes 48 69: "Hi".
    assert.equal(value('ConvertFromBase64("SGk=", ASCII)'), 'Hi');
    assert.match(error('ConvertFromBase64("%%%")'), /not valid Base64/);
  });

  test('ConvertToBinaryFromBase64', () => {
    // A Q I D → 000000 010000 001000 000011 → 01 02 03
    assert.deepEqual(value('ConvertToBinaryFromBase64("AQID")'), bin('010203'));
  });

  test('ConvertToUTF8Hex and ConvertFromUTF8Hex (the reference examples)', () => {
    assert.equal(value('ConvertToUTF8Hex("Hello world!")'), '48656C6C6F20776F726C6421');
    assert.equal(value('ConvertFromUTF8Hex("48656C6C6F20776F726C6421")'), 'Hello world!');
    // é is U+00E9, two bytes in UTF-8: 11000011 10101001.
    assert.equal(value('ConvertToUTF8Hex("é")'), 'C3A9');
    assert.match(error('ConvertFromUTF8Hex("ABC")'), /even run of hexadecimal digits/);
  });

  test('StringFromGuid writes the GUID the bytes hold', () => {
    assert.equal(value('StringFromGuid([objectGUID])', objectOf({ objectGUID: bin(GUID_BYTES) })), '00112233-4455-6677-8899-aabbccddeeff');
    assert.match(error('StringFromGuid([x])', objectOf({ x: bin('0102') })), /16 bytes/);
  });

  test('StringFromSid and SidFromString', () => {
    // S-1-5-32-544: revision 1, 2 sub-authorities, authority 5 (big-endian), 32 and 544 = 0x220 (little-endian).
    const builtinAdministrators = '01 02 000000000005 20000000 20020000';
    assert.equal(value('StringFromSid([objectSid])', objectOf({ objectSid: bin(builtinAdministrators) })), 'S-1-5-32-544');
    assert.deepEqual(value('SidFromString("S-1-5-32-544")'), { type: 'binary', bytes: hexBytes(builtinAdministrators) });
    assert.match(error('SidFromString("S-x")'), /not a security identifier/);
  });

  test('conversions apply per value of a multi-valued input', () => {
    assert.deepEqual(value('CNum([codes])', { codes: ['1', '22'] }), mv(1, 22));
  });
});
