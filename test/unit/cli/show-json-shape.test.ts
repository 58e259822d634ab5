// The `show --format json` contract of the README: exact key sets at every level, format names, configs per input.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixturePath, skipWithoutCorpus } from '../../support/corpus';
import { runInProcess, runProcess } from './support/cli-runner';
import { cliFixture } from './support/cli-fixtures';
import { corpusInput } from './support/corpus-inputs';
import {
  allRules, assertKeys, CONFIG_EXTRAS, FLOW_FIELDS, FORMAT_NAMES, GUID, JOIN_FIELDS, parseJson, REPORT_MARKS, RULE_FIELDS, SCOPE_FIELDS,
  type ShowJson,
} from './support/output-shapes';

function showJson(...paths: string[]): ShowJson {
  const r = runInProcess(['show', ...paths, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.err, '');
  return parseJson<ShowJson>(r.out, 'show --format json');
}

/** Every level of the document against the README, whatever the input kind. */
function assertShowShape(show: ShowJson) {
  assertKeys(show, ['inputs'], [], 'top level');
  assert.ok(show.inputs.length > 0, 'no inputs');
  for (const input of show.inputs) {
    assertKeys(input, ['source', 'format', 'configs'], [], `input ${input.source}`);
    assert.ok((FORMAT_NAMES as readonly string[]).includes(input.format), `format ${input.format}`);
    const isReport = input.format === 'documenter-report';
    for (const config of input.configs) {
      assertKeys(config, ['label', 'rules'], CONFIG_EXTRAS, `config ${config.label} of ${input.source}`);
      for (const rule of config.rules) {
        const where = `rule ${rule.name} in ${input.source}`;
        // A report's rules carry its mark; no other input has one to give.
        assertKeys(rule, isReport ? [...RULE_FIELDS, 'mark'] : RULE_FIELDS, ['unresolved'], where);
        if (isReport) assert.ok((REPORT_MARKS as readonly string[]).includes(rule.mark!), `${where}: mark ${rule.mark}`);
        for (const f of ['identifier', 'connector', 'precedenceAfter', 'precedenceBefore'] as const) {
          const v = rule[f];
          assert.ok(v === null || (typeof v === 'string' && GUID.test(v)), `${where}: ${f} ${JSON.stringify(v)} is not a lower-case GUID without braces`);
        }
        assert.ok(rule.precedence === null || Number.isInteger(rule.precedence), `${where}: precedence ${rule.precedence}`);
        assert.ok(['Inbound', 'Outbound'].includes(rule.direction as string), `${where}: direction ${rule.direction}`);
        for (const f of ['standard', 'disabled', 'enablePasswordSync', 'committed'] as const) assert.equal(typeof rule[f], 'boolean', `${where}: ${f}`);
        assertKeys(rule.location as object, ['file', 'range'], [], `${where}: location`);
        if (rule.unresolved) {
          for (const [field, text] of Object.entries(rule.unresolved)) {
            assert.ok((RULE_FIELDS as readonly string[]).includes(field), `${where}: unresolved names ${field}, not a rule field`);
            assert.equal(typeof text, 'string');
            assert.equal(rule[field], null, `${where}: ${field} is unresolved, so its value must be null`);
          }
        }
        for (const flow of rule.flows) {
          assertKeys(flow, FLOW_FIELDS, isReport ? ['mark'] : [], `${where}: flow to ${flow.destination}`);
          assert.ok(Array.isArray(flow.sources), `${where}: flow sources`);
          assert.equal(typeof flow.executeOnce, 'boolean', `${where}: executeOnce`);
        }
        for (const group of rule.scopeGroups) for (const c of group) assertKeys(c, SCOPE_FIELDS, [], `${where}: scope condition`);
        for (const group of rule.joinGroups) {
          for (const c of group) {
            assertKeys(c, JOIN_FIELDS, [], `${where}: join condition`);
            assert.equal(typeof c.caseSensitive, 'boolean', `${where}: caseSensitive`);
          }
        }
      }
    }
  }
}

describe('show --format json shape (own fixtures)', () => {
  it('one sre-export input, one config labelled with the file name, every field of the clean rule', () => {
    const show = showJson(cliFixture.clean);
    assertShowShape(show);
    assert.equal(show.inputs.length, 1);
    assert.equal(show.inputs[0].source, cliFixture.clean);
    assert.equal(show.inputs[0].format, 'sre-export');
    assert.deepEqual(show.inputs[0].configs.map((c) => c.label), ['clean.ps1']);
    const { location, ...rule } = show.inputs[0].configs[0].rules[0];
    assert.deepEqual(rule, {
      name: 'In from AD - User Fabrikam Department',
      identifier: '3c5e7a91-2b4d-4f60-8e1a-9d0c7b6a5f43',
      description: 'Fixture: one custom inbound rule',
      direction: 'Inbound',
      precedence: 42,
      precedenceAfter: '00000000-0000-0000-0000-000000000000',
      precedenceBefore: '00000000-0000-0000-0000-000000000000',
      connector: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
      connectorName: null,
      sourceObjectType: 'user',
      targetObjectType: 'person',
      linkType: 'Provision',
      immutableTag: '',
      standard: false,
      disabled: false,
      enablePasswordSync: false,
      softDeleteExpiryInterval: '00:00:00',
      flows: [{ sources: ['department'], destination: 'department', flowType: 'Expression', valueMergeType: 'Update', expression: 'Trim([department])', executeOnce: false }],
      scopeGroups: [[{ attribute: 'adminDescription', operator: 'NOTSTARTSWITH', value: 'User_' }]],
      joinGroups: [[{ csAttribute: 'employeeID', mvAttribute: 'employeeID', caseSensitive: false }]],
      committed: true,
    });
    // The rule's commands run from New-ADSyncRule (line 1) to the Get-ADSyncRule that reads it back (ends line 57, column 51); 0-based here.
    assert.deepEqual(location, { file: cliFixture.clean, range: { start: { line: 0, character: 0 }, end: { line: 56, character: 50 } } });
  });

  it('a folder of exports gives one input per file, in name order, and skips files that are not inputs', () => {
    const show = showJson(cliFixture.twoExports);
    assertShowShape(show);
    assert.deepEqual(
      show.inputs.map((i) => [i.source.slice(cliFixture.twoExports.length + 1), i.format, i.configs.length]),
      [
        ['01-out-to-ad-mail.ps1', 'sre-export', 1],
        ['02-in-from-ad-title.ps1', 'sre-export', 1],
      ],
    );
    assert.deepEqual(allRules(show).map((r) => r.name), ['Out to AD - User Fabrikam Mail', 'In from AD - User Fabrikam Title']);
  });

  it('the bundled CLI prints the same document as runCli', () => {
    const inProcess = runInProcess(['show', cliFixture.twoExports, '--format', 'json']);
    const bundled = runProcess(['show', cliFixture.twoExports, '--format', 'json']);
    assert.equal(bundled.code, 0, bundled.err);
    assert.equal(bundled.out, inProcess.out);
  });
});

// The project's reader fixtures, so every format name is checked even where the corpus is absent.
describe('show --format json shape (the project\'s server-config and report fixtures)', () => {
  it('a server-config folder: format server-config, one config labelled with the folder name', () => {
    const folder = fixturePath('server-config', 'fabrikam');
    const show = showJson(folder);
    assertShowShape(show);
    assert.deepEqual(show.inputs.map((i) => [i.source, i.format, i.configs.map((c) => c.label)]), [[folder, 'server-config', ['fabrikam']]]);
  });

  it('a Documenter report: format documenter-report, configs pilot and production', () => {
    const show = showJson(fixturePath('documenter-report', 'small-report.html'));
    assertShowShape(show);
    assert.deepEqual(show.inputs.map((i) => [i.format, i.configs.map((c) => c.label)]), [['documenter-report', ['pilot', 'production']]]);
  });
});

describe('show --format json shape (corpus, one input per kind)', { skip: skipWithoutCorpus }, () => {
  it('an SRE export: format sre-export, one config', () => {
    const show = showJson(corpusInput.standardExcerpt);
    assertShowShape(show);
    assert.deepEqual(show.inputs.map((i) => [i.format, i.configs.map((c) => c.label)]), [['sre-export', ['sre_export_standard_rules_excerpt.ps1']]]);
  });

  it('a Documenter script: format documenter-script, one config', () => {
    const show = showJson(corpusInput.documenterScript);
    assertShowShape(show);
    assert.deepEqual(show.inputs.map((i) => [i.format, i.configs.length]), [['documenter-script', 1]]);
    assert.equal(allRules(show).length, 1);
  });

  it('a Documenter report: format documenter-report, two configs pilot and production, every rule marked', () => {
    const show = showJson(corpusInput.documenterReport);
    assertShowShape(show);
    assert.deepEqual(show.inputs.map((i) => [i.format, i.configs.map((c) => c.label)]), [['documenter-report', ['pilot', 'production']]]);
    const [pilot, production] = show.inputs[0].configs;
    const marks = (rules: typeof pilot.rules) => rules.filter((r) => r.mark !== 'Unchanged').map((r) => `${r.mark}: ${r.name}`).sort();
    // The corpus README's four changes, seen from each side.
    assert.deepEqual(marks(pilot.rules), [
      'Added: Custom In from AD - User Join Filter SVC Accounts',
      'Modified: In from AD - User Common',
      'Modified: Out to AAD - User DynamicsCRM',
    ]);
    assert.deepEqual(marks(production.rules), [
      'Deleted: Out to AAD - Contact SharePointOnline',
      'Modified: In from AD - User Common',
      'Modified: Out to AAD - User DynamicsCRM',
    ]);
  });

  it('a server-config folder: format server-config, one config labelled with the folder name, connectors named', () => {
    const show = showJson(corpusInput.serverConfig);
    assertShowShape(show);
    assert.deepEqual(show.inputs.map((i) => [i.source, i.format, i.configs.map((c) => c.label)]), [[corpusInput.serverConfig, 'server-config', ['contoso-1.1.130']]]);
    for (const r of allRules(show)) {
      assert.match(r.connector ?? '', GUID, `${r.name}: connector`);
      assert.ok(['contoso.com', 'contoso.onmicrosoft.com - AAD'].includes(r.connectorName ?? ''), `${r.name}: connectorName ${r.connectorName}`);
    }
  });

  it('a folder of server-config folders: one server-config input per folder, not one per XML file', () => {
    const show = showJson(corpusInput.serverConfigParent);
    assert.deepEqual(show.inputs.map((i) => [i.format, i.configs.length]), [['server-config', 1], ['server-config', 1]]);
  });

  it('the folder of SRE exports: one sre-export input per file', () => {
    const show = showJson(corpusInput.sreFolder);
    assertShowShape(show);
    assert.equal(show.inputs.length, 6);
    assert.ok(show.inputs.every((i) => i.format === 'sre-export' && i.configs.length === 1));
  });
});
