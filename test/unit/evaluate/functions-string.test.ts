import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { error, mv, value } from './helpers';

describe('text functions', () => {
  test('InStr: 1-based, from a start, binary or text comparison (the reference examples)', () => {
    assert.equal(value('InStr("The quick brown fox","quick")'), 5);
    assert.equal(value('InStr("repEated","e",3,vbBinaryCompare)'), 7);
    assert.equal(value('InStr("repEated","e",3,vbTextCompare)'), 4);
    assert.equal(value('InStr("abc","z")'), 0);
    assert.match(error('InStr("abc","a",0)'), /start position/);
    assert.match(error('InStr("abc","a",1,vbSomething)'), /vbTextCompare or vbBinaryCompare/);
  });

  test('InStrRev: the last match that ends at or before start', () => {
    assert.equal(value('InStrRev("abbcdbbbef","bb")'), 7);
    // "bb" stands at 2, 6 and 7; only the one at 2 ends by position 6.
    assert.equal(value('InStrRev("abbcdbbbef","bb",6)'), 2);
    assert.equal(value('InStrRev("abc","z")'), 0);
  });

  test('LCase, UCase', () => {
    assert.equal(value('LCase("TeSt")'), 'test');
    assert.equal(value('UCase("TeSt")'), 'TEST');
  });

  test('PCase capitalises words but leaves all-capital words (the reference remark)', () => {
    assert.equal(value('PCase("TEsT")'), 'Test');
    assert.equal(value('PCase(LCase("TEST"))'), 'Test');
    assert.equal(value('PCase("hello WORLD again")'), 'Hello WORLD Again');
  });

  test('LTrim, RTrim, Trim', () => {
    assert.equal(value('LTrim(" Test ")'), 'Test ');
    assert.equal(value('RTrim(" Test ")'), ' Test');
    assert.equal(value('Trim(" Test ")'), 'Test');
  });

  test('Trim of a multi-valued attribute trims each value', () => {
    assert.deepEqual(value('Trim([proxyAddresses])', { proxyAddresses: [' SMTP:a@contoso.com', 'smtp:b@contoso.com  '] }), mv('SMTP:a@contoso.com', 'smtp:b@contoso.com'));
  });

  test('Left and Right, with the documented edge cases', () => {
    assert.equal(value('Left("John Doe", 3)'), 'Joh');
    assert.equal(value('Left("John Doe", 0)'), '');
    assert.equal(value('Left("John Doe", -1)'), 'John Doe');
    assert.equal(value('Left("Jo", 5)'), 'Jo');
    assert.equal(value('Left([absent], 3)'), '');
    assert.equal(value('Right("John Doe", 3)'), 'Doe');
    assert.equal(value('Right("John Doe", 0)'), '');
    assert.equal(value('Right([absent], 3)'), '');
  });

  test('Mid, including its two-argument form and the out-of-range starts', () => {
    assert.equal(value('Mid("John Doe", 3, 5)'), 'hn Do');
    assert.equal(value('Mid("John Doe", 6, 999)'), 'Doe');
    assert.equal(value('Mid("John Doe", 5)'), ' Doe');
    assert.equal(value('Mid("John Doe", 9, 2)'), 'John Doe');
    assert.equal(value('Mid("John Doe", 0, 2)'), 'John Doe');
  });

  test('Len', () => {
    assert.equal(value('Len("John Doe")'), 8);
    assert.equal(value('Len([absent])'), null);
  });

  test('PadLeft and PadRight', () => {
    assert.equal(value('PadLeft("User", 10, "0")'), '000000User');
    assert.equal(value('PadRight("User", 10, "0")'), 'User000000');
    assert.equal(value('PadLeft("Username", 4, "0")'), 'Username');
    assert.equal(value('PadRight([absent], 4, "0")'), '');
    assert.match(error('PadLeft("a", 4, "")'), /pad character is empty/);
  });

  test('Replace, with the \\r \\n \\t monikers', () => {
    assert.equal(value('Replace("555-12-34","-","")'), '5551234');
    assert.equal(value('Replace([address],"\\r\\n",", ")', { address: 'One Microsoft Way\r\nRedmond\r\nWA' }), 'One Microsoft Way, Redmond, WA');
    assert.match(error('Replace("abc","","x")'), /value to replace is empty/);
  });

  test('ReplaceChars (the reference example) ignores white space in the pattern', () => {
    const pattern = '"’:,Å:A,Ä:A,Ö:O,å:a,ä:a,ö:o"';
    assert.equal(value(`ReplaceChars("Räksmörgås",${pattern})`), 'Raksmorgas');
    assert.equal(value(`ReplaceChars("O’Neil",${pattern})`), 'ONeil');
    assert.equal(value('ReplaceChars("straße", "ß : ss")'), 'strasse');
    assert.match(error('ReplaceChars("abc", "ab:x")'), /exactly one source character/);
  });

  test('Word: the reference examples', () => {
    assert.equal(value('Word("The quick brown fox",3," ")'), 'brown');
    assert.equal(value('Word("This,string!has&many separators",3,",!&#")'), 'has');
  });

  test('Word: edge cases', () => {
    // Runs of delimiters do not make empty words.
    assert.equal(value('Word("a,,b",2,",")'), 'b');
    // No delimiter in the string: the whole string is word 1, and there is no word 2.
    assert.equal(value('Word("abc",1,",")'), 'abc');
    assert.equal(value('Word("abc",2,",")'), '');
    assert.equal(value('Word("a b",0," ")'), '');
    assert.equal(value('Word([absent],1," ")'), '');
    assert.equal(value('Word([cloudAnchor],1,"_")', { cloudAnchor: 'User_0f1e2d3c' }), 'User');
  });

  test('Word of a multi-valued attribute, joined per value (the reference example)', () => {
    assert.deepEqual(value('Word([proxyAddresses],1,"@") & "@contoso.com"', { proxyAddresses: ['smtp:jd@fabrikam.com', 'SMTP:john@fabrikam.com'] }), mv('smtp:jd@contoso.com', 'SMTP:john@contoso.com'));
  });
});
