import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CATALOG_FILE, generateCatalogueSource } from '../../../scripts/generate-out-of-box-catalog';
import { CATALOG } from '../../../server/src/catalog/out-of-box/catalog.generated';
import { outOfBox } from '../../../server/src/catalog/out-of-box';
import { corpusDir, skipWithoutCorpus } from '../../support/corpus';
import { corpusReadings } from '../../support/corpus-rules';
import { isStandardRule } from '../../../server/src/model/sync-rule';

describe('out-of-box catalogue: generated from the corpus', () => {
  test('regenerating from the corpus gives the committed file byte for byte', { skip: skipWithoutCorpus }, () => {
    assert.equal(generateCatalogueSource(corpusDir), fs.readFileSync(CATALOG_FILE, 'utf8'));
  });

  test('every standard rule of every corpus input is in the catalogue, by tag and version', { skip: skipWithoutCorpus }, () => {
    let count = 0;
    for (const reading of corpusReadings()) {
      for (const rule of reading.configs.flatMap((c) => c.rules).filter(isStandardRule)) {
        const found = outOfBox.tag(rule.immutableTag.value);
        assert.equal(found.kind, 'known', `${rule.file}: ${rule.immutableTag.value}`);
        if (found.kind === 'known') assert.equal(found.entry.name, rule.name.value);
        count++;
      }
    }
    // 62 in each of the two server exports, 62 per side of each of the two reports, 9 in the Rules Editor export.
    assert.equal(count, 62 * 2 + 62 * 4 - 2 + 9);
  });

  test('the standard-rules export and the server export share one tag version, printed once', () => {
    const shared = Object.values(CATALOG.families).flatMap((f) => Object.values(f.versions)).filter((v) => v.seenIn.length > 1);
    assert.deepEqual(shared.map((v) => v.tag), ['Microsoft.InfromADDeviceCommon.001']);
    assert.deepEqual(shared[0].seenIn, ['contoso-1.1.130', 'sre-standard-rules']);
  });

  test('different versions of one rule are separate entries', () => {
    const join = outOfBox.family('Microsoft.InfromADUserJoin.');
    assert.deepEqual(Object.keys(join?.versions ?? {}), ['Microsoft.InfromADUserJoin.003', 'Microsoft.InfromADUserJoin.004']);
    // The two versions come from servers anchored differently: their anchor parts say so.
    const v4 = join!.versions['Microsoft.InfromADUserJoin.004'];
    assert.equal(v4.settings.anchorAttribute, 'mS-DS-ConsistencyGuid');
    assert.deepEqual(v4.flows.find((f) => f.destination === 'sourceAnchorBinary')?.dependsOn, ['anchorAttribute']);
    assert.equal(join!.versions['Microsoft.InfromADUserJoin.003'].settings.anchorAttribute, 'objectGUID');
  });

  test('it keeps prints, names and enumerations only: no expression, constant or scope value of the corpus', { skip: skipWithoutCorpus }, () => {
    const file = fs.readFileSync(CATALOG_FILE, 'utf8');
    const values = new Set<string>();
    for (const reading of corpusReadings()) {
      for (const rule of reading.configs.flatMap((c) => c.rules).filter(isStandardRule)) {
        for (const f of rule.flows) {
          if (f.expression.value) values.add(f.expression.value);
          if (f.flowType.value === 'Constant') values.add(JSON.stringify(f.sources.value[0] ?? ''));
        }
        for (const c of rule.scopeGroups.flatMap((g) => g.conditions)) if (c.value.value) values.add(JSON.stringify(c.value.value));
        if (rule.description.value) values.add(rule.description.value);
      }
    }
    // Long enough not to be an attribute name or enumeration by chance.
    const leaked = [...values].filter((v) => v.length > 8 && file.includes(v));
    assert.deepEqual(leaked, []);
    assert.doesNotMatch(file, /IIF\(|\[[A-Za-z]+\]/);
  });
});

describe('out-of-box catalogue: lookups', () => {
  test('by full tag, case-insensitively and whatever the zero padding', () => {
    for (const tag of ['Microsoft.InfromADUserJoin.004', 'microsoft.infromaduserjoin.004', 'Microsoft.InfromADUserJoin.4']) {
      const found = outOfBox.tag(tag);
      assert.equal(found.kind, 'known', tag);
      if (found.kind === 'known') {
        assert.equal(found.entry.tag, 'Microsoft.InfromADUserJoin.004');
        assert.equal(found.entry.name, 'In from AD - User Join');
        assert.equal(found.entry.direction, 'Inbound');
        assert.equal(found.entry.linkType, 'Provision');
        assert.equal(found.entry.connector, 'AD');
        assert.equal(found.entry.sourceObjectType, 'user');
        assert.equal(found.entry.targetObjectType, 'person');
      }
    }
  });

  test('the Entra connector kind comes from its well-known GUID', () => {
    const found = outOfBox.tag('Microsoft.OuttoAADUserJoin.006');
    assert.ok(found.kind === 'known' && found.entry.connector === 'AAD' && found.entry.direction === 'Outbound');
  });

  test('a version the catalogue has not seen, a tag it has never seen, and tags that are not standard', () => {
    const later = outOfBox.tag('Microsoft.InfromADUserJoin.006');
    assert.equal(later.kind, 'unknown-version');
    assert.equal(later.kind === 'unknown-version' && later.family.agnosticTag, 'Microsoft.InfromADUserJoin.');
    assert.equal(outOfBox.tag('Microsoft.OuttoADUserImmutableId.001').kind, 'unknown-tag');
    for (const tag of ['', null, undefined, 'Contoso.Custom.001']) assert.equal(outOfBox.tag(tag).kind, 'not-standard');
  });

  test('by the tag without its version, by name and by Identifier', () => {
    assert.equal(outOfBox.family('Microsoft.InfromADUserCommon.')?.names[0], 'In from AD - User Common');
    assert.deepEqual(outOfBox.byName('out to aad - user join').map((f) => f.agnosticTag), ['Microsoft.OuttoAADUserJoin.']);
    assert.equal(outOfBox.isStandardName('In from AD - User Department'), false);
    assert.equal(outOfBox.byIdentifier('{7B39914C-6938-437D-8957-B8EB8F8608EC}')?.tag, 'Microsoft.InfromADDeviceCommon.001');
  });

  test('destinations and prints of each flow, scope group and join group', () => {
    const found = outOfBox.tag('Microsoft.InfromADDeviceCommon.001');
    assert.ok(found.kind === 'known');
    const e = found.entry;
    assert.deepEqual(e.flows.map((f) => [f.destination, f.flowType, f.mergeType]), [['isProvisionedInAD', 'Constant', 'Update']]);
    assert.deepEqual(e.scopeGroups.map((g) => g.clauses.map((c) => c.attribute).sort()), [['msDS-CloudAnchor', 'objectGUID']]);
    assert.deepEqual(e.joinGroups.map((g) => g.conditions.map((c) => `${c.csAttribute} → ${c.mvAttribute}`)), [['msDS-DeviceID → deviceId']]);
    for (const print of [...e.flows, ...e.scopeGroups, ...e.joinGroups]) assert.match(print.fingerprint, /^[0-9a-f]{16}$/);
  });

  test('a Microsoft tag that follows from the rule name looks shipped; one that does not, does not', () => {
    assert.equal(outOfBox.looksShipped('Microsoft.OuttoADUserImmutableId.001', 'Out to AD - User ImmutableId'), true);
    assert.equal(outOfBox.looksShipped('Microsoft.InfromADUserDepartment.001', 'Department override'), false);
    assert.equal(outOfBox.looksShipped('Microsoft.OuttoAADJoinSOAInAD.002', 'anything'), true, 'in the catalogue, whatever the name');
  });
});
