import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readServerConfig } from '../../../server/src/formats/server-config';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';

describe('metaverse schema of a server export', { skip: skipWithoutCorpus }, () => {
  it('lists every dsml:attribute-type of MV.xml with its flags', () => {
    const settings = readServerConfig(corpusPath('server-config', 'contoso-1.1.130'), nodeFileSource).configs[0].globalSettings!;
    const attributes = settings.mvAttributes!;
    // grep -c '<dsml:attribute-type' GlobalSettings/MV.xml → 219; 106 carry ms-dsml:indexable="true".
    assert.equal(attributes.length, 219);
    assert.equal(attributes.filter((a) => a.indexable).length, 106);
    assert.deepEqual(attributes.find((a) => a.name === 'accountName'), { name: 'accountName', multiValued: false, indexable: true, syntax: '1.3.6.1.4.1.1466.115.121.1.15' });
    assert.equal(attributes.find((a) => a.name === 'proxyAddresses')?.multiValued, true);
  });
});
