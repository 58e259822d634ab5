import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { error, mv, value } from './helpers';

const mailbox = { proxyAddresses: ['smtp:jd@contoso.com', 'SMTP:john.doe@contoso.com', 'sip:jd@contoso.com'] };

describe('multi-valued functions', () => {
  test('Contains: 1-based index of a substring match, case-sensitive unless told', () => {
    assert.equal(value('Contains([proxyAddresses],"SMTP:")', mailbox), 2);
    assert.equal(value('Contains([proxyAddresses],"SMTP:",CaseInsensitive)', mailbox), 1);
    assert.equal(value('Contains([proxyAddresses],"x500:")', mailbox), 0);
    assert.equal(value('Contains([proxyAddresses],"SMTP:") > 0', mailbox), true);
  });

  test('Contains on references needs the whole DN', () => {
    const group = { member: ['dn:CN=Ann,DC=contoso,DC=com', 'dn:CN=Bob,DC=contoso,DC=com'] };
    assert.equal(value('Contains([member],"CN=Bob,DC=contoso,DC=com")', group), 2);
    assert.equal(value('Contains([member],"CN=Bob")', group), 0);
  });

  test('Count; an absent attribute has no values', () => {
    assert.equal(value('Count([proxyAddresses])', mailbox), 3);
    assert.equal(value('Count([absent])'), 0);
  });

  test('Item and ItemOrNull, with Contains (the reference example)', () => {
    assert.equal(value('Item([proxyAddresses],2)', mailbox), 'SMTP:john.doe@contoso.com');
    assert.equal(value('Mid(Item([proxyAddresses],Contains([proxyAddresses], "SMTP:")),6)', mailbox), 'john.doe@contoso.com');
    assert.match(error('Item([proxyAddresses],4)', mailbox), /index 4 is out of range; the value has 3 items/);
    assert.equal(value('ItemOrNull([proxyAddresses],4)', mailbox), null);
    assert.equal(value('ItemOrNull([proxyAddresses],1)', mailbox), 'smtp:jd@contoso.com');
  });

  test('Join: the delimiter, a space by default', () => {
    assert.equal(value('Join([proxyAddresses],",")', mailbox), 'smtp:jd@contoso.com,SMTP:john.doe@contoso.com,sip:jd@contoso.com');
    assert.equal(value('Join([names])', { names: ['a', 'b'] }), 'a b');
    assert.equal(value('Join([names],"")', { names: ['a', 'b'] }), 'ab');
  });

  test('Split at a one-character delimiter, with a limit (the reference example)', () => {
    assert.deepEqual(value('Split("SMTP:john.doe@contoso.com,smtp:jd@contoso.com",",")'), mv('SMTP:john.doe@contoso.com', 'smtp:jd@contoso.com'));
    assert.deepEqual(value('Split("a,b,c",",",2)'), mv('a', 'b,c'));
    assert.deepEqual(value('Split("a,,b",",")'), mv('a', '', 'b'));
    assert.match(error('Split("a;b","; ")'), /delimiter must be a single character/);
  });

  test('Split and Join are inverses for a one-character delimiter', () => {
    assert.equal(value('Join(Split("a b c"," "),"-")'), 'a-b-c');
  });

  test('RemoveDuplicates keeps the first of equal values, case-sensitively', () => {
    assert.deepEqual(value('RemoveDuplicates([v])', { v: ['a', 'b', 'a', 'A'] }), mv('a', 'b', 'A'));
  });

  test('Concat (undocumented) puts the values of both in order', () => {
    assert.deepEqual(value('Concat([a],[b])', { a: ['1', '2'], b: '3' }), mv('1', '2', '3'));
    assert.deepEqual(value('Concat([a],[absent])', { a: ['1'] }), mv('1'));
  });

  test('ValueCount (undocumented) counts the values of the named attribute', () => {
    assert.equal(value('ValueCount("member")', { member: ['dn:CN=A', 'dn:CN=B'] }), 2);
    assert.equal(value('ValueCount("member")'), 0);
  });
});
