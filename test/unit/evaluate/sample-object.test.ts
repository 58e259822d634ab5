import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeCaseMiss, caseMisses, formatValue, readSampleObject } from '../../../server/src/evaluate';
import { parseExpression } from '../../../server/src/expression/parser';
import { bin, mv } from './helpers';

describe('reading a sample object', () => {
  test('JSON types and the prefixed strings', () => {
    const { object, problems } = readSampleObject(
      JSON.stringify({
        displayName: 'Joe',
        userAccountControl: 512,
        enabled: true,
        proxyAddresses: ['SMTP:a@b', 'smtp:c@d'],
        photo: 'base64:AQID',
        objectGUID: 'guid:{00112233-4455-6677-8899-aabbccddeeff}',
        manager: 'dn:CN=Boss,DC=contoso,DC=com',
        whenCreated: 'date:2012-01-01T23:00:00Z',
        note: 'string:dn:not a reference',
        gone: null,
      }),
    );
    assert.deepEqual(problems, []);
    const a = object.attributes;
    assert.equal(a.get('displayName'), 'Joe');
    assert.equal(a.get('userAccountControl'), 512);
    assert.equal(a.get('enabled'), true);
    assert.deepEqual(a.get('proxyAddresses'), mv('SMTP:a@b', 'smtp:c@d'));
    assert.deepEqual(a.get('photo'), bin('010203'));
    assert.deepEqual(a.get('objectGUID'), bin('33221100 5544 7766 8899 aabbccddeeff'));
    assert.deepEqual(a.get('manager'), { type: 'reference', dn: 'CN=Boss,DC=contoso,DC=com' });
    assert.deepEqual(a.get('whenCreated'), { type: 'date', iso: '2012-01-01T23:00:00.000Z' });
    assert.equal(a.get('note'), 'dn:not a reference');
    assert.equal(a.has('gone'), false);
  });

  test('an empty list is an absent attribute', () => {
    assert.equal(readSampleObject('{"proxyAddresses": []}').object.attributes.has('proxyAddresses'), false);
  });

  test('bad input gives problems, never an exception', () => {
    assert.match(readSampleObject('{not json').problems[0], /not valid JSON/);
    assert.match(readSampleObject('[1,2]').problems[0], /must be a JSON object/);
    assert.match(readSampleObject('"text"').problems[0], /must be a JSON object/);
    assert.match(readSampleObject('{"g":"guid:nope"}').problems[0], /g: "nope" is not a GUID/);
    assert.match(readSampleObject('{"b":"base64:%%"}').problems[0], /not valid Base64/);
    assert.match(readSampleObject('{"d":"date:someday"}').problems[0], /not a date/);
    assert.match(readSampleObject('{"n":1.5}').problems[0], /not an integer/);
    assert.match(readSampleObject('{"m":[[1]]}').problems[0], /m\[0\]: a value of a multi-valued attribute must be a single value/);
    assert.match(readSampleObject('{"o":{"x":1}}').problems[0], /nested objects/);
  });

  test('names stay exact; a near miss by case is reported', () => {
    const { object } = readSampleObject('{"displayName":"Joe"}');
    assert.equal(object.attributes.get('DisplayName'), undefined);
    assert.equal(attributeCaseMiss(object, 'DisplayName'), 'displayName');
    assert.equal(attributeCaseMiss(object, 'displayName'), undefined);
    assert.equal(attributeCaseMiss(object, 'mail'), undefined);
    assert.deepEqual(caseMisses(parseExpression('Trim([DisplayName]) & [DisplayName] & [mail]').root, object), [
      '[DisplayName] is absent; the sample has displayName, and attribute names are case-sensitive.',
    ]);
  });
});

describe('formatting values', () => {
  test('every kind of value', () => {
    assert.equal(formatValue(null), 'NULL');
    assert.equal(formatValue('say "hi"'), '"say \\"hi\\""');
    assert.equal(formatValue(-5), '-5');
    assert.equal(formatValue(true), 'True');
    assert.equal(formatValue(bin('010203')), 'base64:AQID');
    assert.equal(formatValue({ type: 'date', iso: '2012-01-01T23:00:00.000Z' }), 'date:2012-01-01T23:00:00.000Z');
    assert.equal(formatValue({ type: 'reference', dn: 'CN=A' }), 'dn:CN=A');
    assert.equal(formatValue(mv('a', 1)), '["a", 1]');
    assert.equal(formatValue({ type: 'authoritativeNull' }), 'AuthoritativeNull');
    assert.equal(formatValue({ type: 'ignoreThisFlow' }), 'IgnoreThisFlow');
  });
});
