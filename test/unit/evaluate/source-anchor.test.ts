import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { error, value } from './helpers';

/** The sourceAnchor flow of "In from AD - User Common" with the objectGUID anchor (DOMAIN §7.1). */
const SOURCE_ANCHOR =
  'IIF(IsPresent([msExchRecipientTypeDetails]),IIF([msExchRecipientTypeDetails]=2,NULL,IIF(IsString([objectGUID]),CStr([objectGUID]),ConvertToBase64([objectGUID]))),IIF(IsString([objectGUID]),CStr([objectGUID]),ConvertToBase64([objectGUID])))';

/** The cloud side's guard against a changed anchor ("Out to AAD - User Join"). */
const AAD_SOURCE_ANCHOR =
  'IIF(IsPresent([cloudSourceAnchor]), IIF(Word([cloudAnchor],1,"_")=[sourceObjectType],IIF([cloudSourceAnchor] = [sourceAnchor],[sourceAnchor],Error("SourceAnchor attribute has changed.")),[sourceAnchor]),[sourceAnchor])';

const GUID = 'guid:00112233-4455-6677-8899-aabbccddeeff';
/** Base64 of the GUID's bytes 33 22 11 00 55 44 77 66 88 99 aa bb cc dd ee ff (worked out in functions-conversion.test.ts). */
const GUID_BASE64 = 'MyIRAFVEd2aImaq7zN3u/w==';

describe('the standard sourceAnchor expressions', () => {
  test('a user with a binary objectGUID and no Exchange attributes: Base64 of the GUID bytes', () => {
    assert.equal(value(SOURCE_ANCHOR, { objectGUID: GUID }), GUID_BASE64);
  });

  test('a user mailbox (msExchRecipientTypeDetails = 1) still contributes its anchor', () => {
    assert.equal(value(SOURCE_ANCHOR, { objectGUID: GUID, msExchRecipientTypeDetails: 1 }), GUID_BASE64);
  });

  test('a linked mailbox (msExchRecipientTypeDetails = 2) contributes NULL', () => {
    assert.equal(value(SOURCE_ANCHOR, { objectGUID: GUID, msExchRecipientTypeDetails: 2 }), null);
  });

  test('an objectGUID that is already a string flows as that string', () => {
    assert.equal(value(SOURCE_ANCHOR, { objectGUID: 'EzjfQh3Jq0qGkS9xSz4dzw==' }), 'EzjfQh3Jq0qGkS9xSz4dzw==');
  });

  test('the cloud guard passes an unchanged anchor and fails a changed one', () => {
    const base = { cloudAnchor: 'User_4f1c', sourceObjectType: 'User', cloudSourceAnchor: 'abc' };
    assert.equal(value(AAD_SOURCE_ANCHOR, { ...base, sourceAnchor: 'abc' }), 'abc');
    assert.equal(error(AAD_SOURCE_ANCHOR, { ...base, sourceAnchor: 'xyz' }), 'SourceAnchor attribute has changed.');
    assert.equal(value(AAD_SOURCE_ANCHOR, { sourceAnchor: 'xyz' }), 'xyz');
  });
});
