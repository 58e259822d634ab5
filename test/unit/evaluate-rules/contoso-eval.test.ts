import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runInProcess } from '../cli/support/cli-runner';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../../support/corpus';

interface EvalJson {
  object: { objectType: string; connector: string | null };
  rules: { rule: string; precedence: number; inScope: boolean | 'unknown'; flows: { destination: string; value?: string; error?: string }[] }[];
  final: Record<string, { value: string | null; rule: string | null; note?: string; error?: string }>;
}

function evalSample(name: string): EvalJson {
  const r = runInProcess(['eval', '--rules', corpusPath('server-config', 'contoso-1.1.130'), '--object', fixturePath('samples', name), '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  return JSON.parse(r.out) as EvalJson;
}
const inScope = (e: EvalJson) => e.rules.filter((r) => r.inScope === true).map((r) => r.precedence);

// objectGUID 00112233-4455-6677-8899-aabbccddeeff is stored in .NET byte order: 33 22 11 00 55 44 77 66 88 99 aa bb cc dd ee ff,
// whose Base64 is MyIRAFVEd2aImaq7zN3u/w== (the standard sourceAnchor flow's ConvertToBase64 of a binary objectGUID).
const ANCHOR = '"MyIRAFVEd2aImaq7zN3u/w=="';

describe('eval over the contoso export (DOMAIN §7.1: the enabled account wins, linked mailboxes give NULL)', { skip: skipWithoutCorpus }, () => {
  it('an enabled user: AccountEnabled (102) is in scope and gives the anchor; cloudFiltered stays unset', () => {
    const e = evalSample('enabled-user.sample.json');
    assert.deepEqual(e.object, { objectType: 'user', connector: 'contoso.com' });
    // User Join 100, AccountEnabled 102, Common 106 and Lync 110 (no scope); the Exchange rules (104, 108) need
    // mailNickname; 119, 122 and 150 belong to the AAD connector.
    assert.deepEqual(inScope(e), [100, 102, 106, 110]);
    assert.deepEqual(e.final.sourceAnchor, { value: ANCHOR, rule: 'In from AD - User AccountEnabled' });
    assert.equal(e.final.cloudFiltered.value, null);
    assert.equal(e.final.department.value, '"HR"');
    assert.equal(e.final.department.rule, 'In from AD - User Common');
  });

  it('a disabled user: AccountEnabled is out of scope (bit 2 set), Common (106) gives the same anchor', () => {
    const e = evalSample('disabled-user.sample.json');
    assert.deepEqual(inScope(e), [100, 106, 110]);
    assert.deepEqual(e.final.sourceAnchor, { value: ANCHOR, rule: 'In from AD - User Common' });
    assert.equal(e.final.accountEnabled.value, 'False');
    assert.equal(e.final.cloudFiltered.value, null);
  });

  it('a linked mailbox (msExchRecipientTypeDetails 2): every sourceAnchor flow gives NULL, so this forest sets none', () => {
    const e = evalSample('linked-mailbox.sample.json');
    assert.deepEqual(inScope(e), [100, 104, 106, 108, 110]);
    const anchors = e.rules.flatMap((r) => r.flows.filter((f) => f.destination === 'sourceAnchor').map((f) => `${r.precedence}:${f.value}`));
    assert.deepEqual(anchors, ['106:NULL']);
    assert.deepEqual(e.final.sourceAnchor, { value: null, rule: null, note: 'every flow in scope gave NULL: no value' });
    // BitAnd(2, &H21C07000) = 0: not one of the mailbox kinds the User Join rule filters out.
    assert.equal(e.final.cloudFiltered.value, null);
  });

  it('the text report names the rules in and out of scope and the winner of each attribute', () => {
    const r = runInProcess(['eval', '--rules', corpusPath('server-config', 'contoso-1.1.130'), '--object', fixturePath('samples', 'disabled-user.sample.json')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^A user of contoso\.com against the inbound rules of contoso-1\.1\.130:/);
    assert.match(r.out, /Out of scope \(\d+\):\n {2}102 In from AD - User AccountEnabled: Group 1: userAccountControl ISBITNOTSET/);
    assert.match(r.out, /\n {2}sourceAnchor = "MyIRAFVEd2aImaq7zN3u\/w=="   ← 106 In from AD - User Common\n/);
  });

  it('usage: both --rules and --object are needed', () => {
    const r = runInProcess(['eval', '--rules', corpusPath('server-config', 'contoso-1.1.130')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /eval takes --rules <file-or-folder>\.\.\. and --object <sample\.json>/);
  });
});
