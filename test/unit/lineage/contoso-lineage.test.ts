import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runInProcess } from '../cli/support/cli-runner';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';

/** The real contoso export (62 out-of-box rules of a 1.1.130 server): every flow that writes the attribute, in engine order. */
function lineage(attribute: string) {
  const r = runInProcess(['lineage', attribute, corpusPath('server-config', 'contoso-1.1.130'), '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  const json = JSON.parse(r.out) as { attribute: string; flows: { rule: string; precedence: number; target: string; wins: boolean; direction: string }[] };
  assert.equal(json.attribute, attribute);
  return json.flows.map((f) => `${f.target} | ${f.precedence} ${f.rule}${f.wins ? ' | wins' : ''}`);
}

describe('lineage over the contoso export', { skip: skipWithoutCorpus }, () => {
  it('sourceAnchor: the AccountEnabled rules before Common for users and inetOrgPersons, groups, contacts and devices their own; the AAD Join rules outbound', () => {
    assert.deepEqual(lineage('sourceAnchor'), [
      'metaverse person | 102 In from AD - User AccountEnabled | wins',
      'metaverse person | 103 In from AD - InetOrgPerson AccountEnabled | wins',
      'metaverse person | 106 In from AD - User Common',
      'metaverse person | 107 In from AD - InetOrgPerson Common',
      'metaverse person | 116 In from AD - Contact Common | wins',
      'metaverse group | 114 In from AD - Group Common | wins',
      'metaverse device | 159 In from AD - Computer Join | wins',
      'contoso.onmicrosoft.com - AAD user | 123 Out to AAD - User Join | wins',
      'contoso.onmicrosoft.com - AAD contact | 131 Out to AAD - Contact Join | wins',
      'contoso.onmicrosoft.com - AAD group | 139 Out to AAD - Group Join | wins',
    ]);
  });

  it('cloudFiltered: only the inbound Join rules vote, one per kind of object', () => {
    assert.deepEqual(lineage('cloudFiltered'), [
      'metaverse person | 100 In from AD - User Join | wins',
      'metaverse person | 101 In from AD - InetOrgPerson Join | wins',
      'metaverse person | 115 In from AD - Contact Join | wins',
      'metaverse group | 112 In from AD - Group Join | wins',
      'metaverse device | 159 In from AD - Computer Join | wins',
    ]);
  });

  it('department: "Common from Exchange" wins over "Common" inbound; ExchangeOnline, then LyncOnline, then SharePointOnline outbound', () => {
    assert.deepEqual(lineage('department'), [
      'metaverse person | 104 In from AD - User Common from Exchange | wins',
      'metaverse person | 105 In from AD - InetOrgPerson Common from Exchange | wins',
      'metaverse person | 106 In from AD - User Common',
      'metaverse person | 107 In from AD - InetOrgPerson Common',
      'metaverse person | 116 In from AD - Contact Common | wins',
      'contoso.onmicrosoft.com - AAD user | 125 Out to AAD - User ExchangeOnline | wins',
      'contoso.onmicrosoft.com - AAD user | 128 Out to AAD - User LyncOnline',
      'contoso.onmicrosoft.com - AAD user | 129 Out to AAD - User SharePointOnline',
      'contoso.onmicrosoft.com - AAD contact | 133 Out to AAD - Contact ExchangeOnline | wins',
      'contoso.onmicrosoft.com - AAD contact | 136 Out to AAD - Contact LyncOnline',
      'contoso.onmicrosoft.com - AAD contact | 137 Out to AAD - Contact SharePointOnline',
    ]);
  });

  it('cloudSourceAnchor: the AAD Join rules read it with ImportedValue, and the lineage says so', () => {
    const r = runInProcess(['lineage', 'cloudSourceAnchor', corpusPath('server-config', 'contoso-1.1.130'), '--format', 'json']);
    const flows = (JSON.parse(r.out) as { flows: { rule: string; role: string }[] }).flows;
    assert.equal(flows[0].rule, 'In from AAD - User Join');
    assert.match(flows[0].role, /ImportedValue\), not one still waiting to be exported$/);
  });

  it('a name matches ignoring case, as the directory does', () => {
    assert.deepEqual(lineage('DEPARTMENT').length, 11);
  });

  it('the text report says who wins and when the next rule takes over', () => {
    const r = runInProcess(['lineage', 'department', corpusPath('server-config', 'contoso-1.1.130')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /^11 flows in contoso-1\.1\.130 write department, in the order the engine applies them:/);
    assert.match(r.out, /\* 104 {2}In from AD - User Common from Exchange/);
    assert.match(r.out, /used where 'In from AD - User Common from Exchange' is out of scope or gives NULL/);
  });

  it('an attribute no flow writes: exit 1 and a sentence that says so; no attribute: usage error', () => {
    const none = runInProcess(['lineage', 'noSuchAttribute', corpusPath('server-config', 'contoso-1.1.130')]);
    assert.equal(none.code, 1);
    assert.equal(none.out, 'No flow in contoso-1.1.130 writes noSuchAttribute.\n');
    const usage = runInProcess(['lineage', 'department']);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /lineage takes an attribute name and at least one file or folder/);
  });
});
