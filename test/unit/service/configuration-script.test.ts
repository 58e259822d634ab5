import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { configurationAsScript } from '../../../server/src/service/configuration-script';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { readServerConfig } from '../../../server/src/formats/server-config';
import { diffRuleSets } from '../../../server/src/diff/diff-rule-sets';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';
import { treeSitterError } from '../../support/tree-sitter';

describe('a configuration written in the export layout', { skip: skipWithoutCorpus }, () => {
  test('a server export reads back as the same 62 rules, cleanly with both parsers', async () => {
    const folder = corpusPath('server-config', 'contoso-1.1.130');
    const { text, rules } = configurationAsScript(folder, nodeFileSource);
    assert.equal(rules, 62);
    const back = readPowerShellScript('view.ps1', text);
    assert.deepEqual(back.diagnostics.filter((d) => d.severity === 1), []);
    assert.equal(await treeSitterError(text), undefined);
    const original = readServerConfig(folder, nodeFileSource).configs[0];
    const result = diffRuleSets(original, back.configs[0]);
    assert.deepEqual(result.summary, { same: 62, changed: 0, drift: 0, onlyInPrimary: 0, onlyInStaging: 0 });
  });

  test('a Documenter report shows both of its configurations', () => {
    const { text, rules } = configurationAsScript(corpusPath('documenter', 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html'), nodeFileSource);
    assert.equal(rules, 124);
    assert.match(text, /— pilot: 62 rules/);
    assert.match(text, /— production: 62 rules/);
    assert.match(text, /-Connector \(Get-ADSyncConnector -Name 'contoso\.com'\)\.Identifier/);
  });
});
