import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { diffRuleSets } from '../../../server/src/diff/diff-rule-sets';
import { migrationScript } from '../../../server/src/diff/migration-script';
import type { DiffResult } from '../../../server/src/diff/types';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { readDocumenterReport } from '../../../server/src/formats/documenter-report';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { readServerConfig } from '../../../server/src/formats/server-config';
import type { RuleSet } from '../../../server/src/model';
import { corpusDir, corpusPath, fixturePath, skipWithoutCorpus } from '../../support/corpus';
import { treeSitterError } from '../../support/tree-sitter';
import { applyScriptInModel } from './apply-script-in-model';

const labels = { primaryLabel: 'PRIMARY-SERVER', stagingLabel: 'STAGING-SERVER' };
const genExport = path.resolve(corpusDir, '..', 'bench', 'gen-export.mjs');

function script(file: string, text = fs.readFileSync(file, 'utf8')): RuleSet {
  const reading = readPowerShellScript(file, text);
  assert.deepEqual(reading.diagnostics.map((d) => d.message), [], `${file} reads cleanly`);
  return reading.configs[0];
}

function quotesPair() {
  return { primary: script(fixturePath('diff', 'quotes-primary.ps1')), staging: script(fixturePath('diff', 'quotes-staging.ps1')) };
}

/** What the brief demands of everything we generate: our parser and tree-sitter-powershell both read it cleanly. */
async function assertReadsCleanly(text: string) {
  const reading = readPowerShellScript('migration.ps1', text);
  assert.deepEqual(reading.diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`), []);
  assert.equal(await treeSitterError(text), undefined);
}

/** What still differs after the script ran in the model: nothing but drift, unless an out-of-box rule was warned about. */
function remaining(primary: RuleSet, staged: RuleSet) {
  return diffRuleSets(primary, staged).rules.filter((r) => r.status !== 'same' && r.status !== 'drift').map((r) => `${r.status}: ${r.name}`);
}

describe('migration script: the quotes fixture pair', () => {
  const { primary, staging } = quotesPair();
  const result = diffRuleSets(primary, staging);
  const text = migrationScript(result, labels);

  it('is the pair it claims to be', () => {
    assert.deepEqual(result.summary, { same: 1, changed: 3, drift: 1, onlyInPrimary: 1, onlyInStaging: 1 });
  });

  it('reads with zero findings in our parser and in tree-sitter-powershell', async () => {
    await assertReadsCleanly(text);
  });

  it('applied to staging in the model, leaves only same and drift against primary', () => {
    const staged = applyScriptInModel(text, staging);
    assert.deepEqual(remaining(primary, staged), []);
    const after = diffRuleSets(primary, staged);
    assert.deepEqual(after.summary, { same: 5, changed: 0, drift: 1, onlyInPrimary: 0, onlyInStaging: 0 });
    // The standard rule was toggled, not re-created: it keeps its staging Identifier.
    const teams = staged.rules.find((r) => r.name.value === 'Out to AAD - User Teams')!;
    assert.equal(teams.disabled.value, true);
    assert.equal(teams.identifier.value, '0aa0bb0c-2222-4ccc-8ddd-000000000005');
  });

  it('keeps every quote and line break of the primary values, byte for byte', () => {
    const created = script('migration.ps1', text).rules;
    const fix = created.find((r) => r.name.value === "In from AD - User O'Brien Fix")!;
    const original = primary.rules.find((r) => r.name.value === "In from AD - User O'Brien Fix")!;
    assert.equal(fix.description.value, 'Owner: Pat O\'Brien. It’s the ‘fix’ for\nnames with apostrophes.');
    assert.equal(fix.description.value, original.description.value);
    assert.deepEqual(fix.flows.map((f) => f.expression.value), original.flows.map((f) => f.expression.value));
    assert.equal(fix.flows[0].expression.value, 'Replace([displayName],"\'","’")');
    assert.match(text, /-Expression 'IIF\(\[department\] = "R&D <lab>", "Research \| ''Development''", \[department\]\)' `/);
    const extension = created.find((r) => r.name.value === 'Out to AAD - User Extension <&> "quoted"')!;
    assert.equal(extension.flows[0].expression.value, primary.rules.find((r) => r.name.value === extension.name.value)!.flows[0].expression.value);
    assert.ok(extension.flows[0].expression.value!.includes('\n          "`none` \'n/a\'")'));
  });

  it('re-creates rules with the primary Identifier, precedence and every property', () => {
    const created = script('migration.ps1', text).rules;
    assert.deepEqual(created.map((r) => r.name.value).sort(), ['In from AD - User Join Custom', "In from AD - User O'Brien Fix", 'Out to AAD - User Extension <&> "quoted"']);
    for (const rule of created) {
      const p = primary.rules.find((r) => r.name.value === rule.name.value)!;
      assert.equal(rule.identifier.value, p.identifier.value);
      assert.equal(rule.precedence.value, p.precedence.value);
      assert.equal(rule.disabled.value, p.disabled.value);
      assert.equal(rule.enablePasswordSync.value, p.enablePasswordSync.value);
      assert.equal(rule.softDeleteExpiryInterval.value, p.softDeleteExpiryInterval.value ?? '00:00:00');
      assert.equal(rule.committed, true);
    }
    assert.match(text, /-SoftDeleteExpiryInterval 864000000000 `/);
    assert.match(text, /-EnablePasswordSync  `\n/);
    assert.match(text, /-ExecuteOnce  `\n/);
  });

  it('removes by name and connector: the custom rule only on staging, and each rule before it is re-created', () => {
    const removes = [...text.matchAll(/^Get-ADSyncRule \| Where-Object \{ \$_\.Name -eq '((?:[^']|'')*)' -and \$_\.Connector -eq (\$connector_\d+) -and \$_\.Direction -eq '(Inbound|Outbound)' -and \$_\.ImmutableTag\.TagValue -notlike 'Microsoft\.\*' \} \| Remove-ADSyncRule$/gm)];
    assert.deepEqual(removes.map((m) => m[1]).sort(), ['In from AD - Old \'\'Legacy\'\' Rule', 'In from AD - User Join Custom', "In from AD - User O''Brien Fix", 'Out to AAD - User Extension <&> "quoted"']);
    assert.match(text, /#### 'Corp\.Example\.com' - 'In from AD - Old 'Legacy' Rule': only on staging; removed\./);
    // Every removal comes before the first re-creation, so precedences freed on staging are free to take.
    const lastRemove = Math.max(...removes.map((m) => m.index!));
    assert.ok(lastRemove < text.indexOf('New-ADSyncRule'));
  });

  it('resolves connectors by name (the staging spelling), the Entra connector by its fixed GUID, and throws when one is missing', () => {
    assert.match(text, /^\$connector_1 = \(Get-ADSyncConnector -Name 'Corp\.Example\.com' -ErrorAction SilentlyContinue\)\.Identifier\nif \(-not \$connector_1\) \{ throw '[^\n]*''Corp\.Example\.com''[^\n]*' \}$/m);
    assert.match(text, /^\$connector_2 = 'b891884f-051e-4a83-95af-2544101c9083'\nif \(-not \(Get-ADSyncConnector -Identifier \$connector_2 -ErrorAction SilentlyContinue\)\) \{ throw '[^\n]*' \}$/m);
    assert.doesNotMatch(text, /-Connector '/, 'no rule names a connector GUID directly');
    // Nothing changes before every connector is resolved.
    assert.ok(text.search(/^Set-ADSyncScheduler -SyncCycleEnabled \$false$/m) > text.lastIndexOf('Get-ADSyncConnector'));
  });

  it('sets only Disabled on a standard rule and never removes one', () => {
    assert.match(
      text,
      /\$standardRule = Get-ADSyncRule \| Where-Object \{ \$_\.Name -eq 'Out to AAD - User Teams' -and \$_\.Connector -eq \$connector_2 -and \$_\.Direction -eq 'Outbound' \}\nif \(@\(\$standardRule\)\.Count -ne 1\) \{ throw '[^\n]*' \}\n\$standardRule\.Disabled = \$true\n\$standardRule \| Add-ADSyncRule/,
    );
    assert.doesNotMatch(text, /'In from AD - User Join' -and[^\n]*Remove-ADSyncRule/);
    assert.doesNotMatch(text, /-Name 'In from AD - User Join' `/, 'a drifted standard rule is left alone');
  });

  it('is laid out like a Rules Editor export, with a header and the scheduler off, then on', () => {
    const lines = text.split('\n');
    assert.match(lines[1], /^# Makes the sync rules of STAGING match PRIMARY\.$/);
    assert.ok(lines.some((l) => l === '#   primary (the desired state): PRIMARY-SERVER'));
    assert.ok(lines.some((l) => l === '#   staging (changed by this script): STAGING-SERVER'));
    assert.match(text, /Generated by adsync-rules/);
    assert.match(text, /REVIEW BEFORE RUNNING/);
    const off = text.search(/^Set-ADSyncScheduler -SyncCycleEnabled \$false$/m);
    const on = text.search(/^Set-ADSyncScheduler -SyncCycleEnabled \$true$/m);
    assert.ok(off > 0 && on > off && text.lastIndexOf('Add-ADSyncRule') < on);
    assert.match(text.slice(on), /full synchronization/i);
    // Each command: the name, then one parameter per line, every line but the last continued.
    const blocks = text.split('\n\n\n').filter((b) => /^(New-ADSyncRule|Add-ADSync\w+|New-Object)  `$/m.test(b));
    assert.ok(blocks.length > 10);
    for (const block of blocks) {
      // A multi-line value (a description, an expression) keeps its line breaks: strings count as one token here.
      const flat = block.replace(/^#.*$/gm, '').replace(/'(?:[^']|'')*'/g, "'…'");
      const command = flat.slice(flat.search(/^(New-ADSyncRule|Add-ADSync\w+|New-Object)  `$/m)).split('\n');
      command.slice(1, -1).forEach((l) => assert.match(l, /^-\w+ .* `$|^-\w+  `$/, l));
      assert.match(command[command.length - 1], /^-\w+ /);
    }
    assert.ok(text.endsWith('\n\n\n'));
    assert.doesNotMatch(text, /\n\n\n\n/, 'exactly two blank lines between blocks');
  });
});

describe('migration script: out-of-box rules it must not touch', () => {
  const { primary, staging } = quotesPair();

  it('warns about an edited standard rule and about one on one side only, and leaves them as they are', async () => {
    // Edit the standard rule's content on primary, and drop one standard rule from each side.
    const identity = primary.rules.find((r) => r.name.value === 'Out to AAD - User Identity')!;
    const edited = { ...identity, disabled: { value: true }, flows: identity.flows.map((f) => ({ ...f, destination: { value: 'displayNameX' } })) };
    const p: RuleSet = { ...primary, rules: primary.rules.map((r) => (r === identity ? edited : r)) };
    const s: RuleSet = { ...staging, rules: staging.rules.filter((r) => r.name.value !== 'In from AD - User Join') };
    const p2: RuleSet = { ...p, rules: p.rules.filter((r) => r.name.value !== 'Out to AAD - User Teams') };
    const result = diffRuleSets(p2, s);
    const text = migrationScript(result, labels);
    await assertReadsCleanly(text);
    assert.match(text, /Write-Warning 'Out-of-box rule ''Out to AAD - User Identity'' on connector ''Entra ID connector'' differs in flows\[displayNameX\], flows\[displayName\]: editing an out-of-box rule is unsupported/);
    assert.match(text, /Write-Warning 'Out-of-box rule ''In from AD - User Join'' on connector ''corp\.example\.com'' exists only on primary\. The script does not create out-of-box rules/);
    assert.match(text, /Write-Warning 'Out-of-box rule ''Out to AAD - User Teams'' on connector ''Entra ID connector'' exists only on staging\. The script never deletes an out-of-box rule/);
    // Disabled differs too: the one supported change is still made.
    assert.match(text, /Where-Object \{ \$_\.Name -eq 'Out to AAD - User Identity'[^\n]*\}\n[^\n]*\n\$standardRule\.Disabled = \$true/);
    const staged = applyScriptInModel(text, s);
    assert.deepEqual(remaining(p2, staged), ['changed: Out to AAD - User Identity', 'onlyInPrimary: In from AD - User Join', 'onlyInStaging: Out to AAD - User Teams']);
    assert.ok(staged.rules.some((r) => r.name.value === 'Out to AAD - User Teams'), 'a standard rule is never deleted');
    assert.equal(staged.rules.find((r) => r.name.value === 'Out to AAD - User Identity')!.disabled.value, true);
  });
});

describe('migration script: connectors it cannot resolve', () => {
  const rule = (name: string, connector: string, precedence: number) => [
    'New-ADSyncRule  `', `-Name '${name}' \``, `-Identifier '00000000-0000-4000-8000-0000000000${String(precedence).padStart(2, '0')}' \``, "-Description '' `", "-Direction 'Inbound' `",
    `-Precedence ${precedence} \``, "-SourceObjectType 'user' `", "-TargetObjectType 'person' `", `-Connector '${connector}' \``, "-LinkType 'Join' `", "-ImmutableTag '' `",
    '-OutVariable syncRule', '', '', 'Add-ADSyncRule  `', '-SynchronizationRule $syncRule[0]', '', '',
  ].join('\n');
  const set = (text: string) => script('x.ps1', text);
  const [A1, A2, B1, B2] = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb'];

  it('ambiguous connectors: the script says so and throws before it changes anything', async () => {
    const primary = set(rule('In from AD - Same', A1, 1) + rule('In from AD - Same', A2, 2) + rule('In from AD - Only P', A1, 3));
    const staging = set(rule('In from AD - Same', B1, 1) + rule('In from AD - Same', B2, 2));
    const result = diffRuleSets(primary, staging);
    assert.ok(result.problems.length > 0);
    const text = migrationScript(result, labels);
    await assertReadsCleanly(text);
    const thrown = text.search(/^throw 'The comparison could not decide everything/m);
    assert.ok(thrown > 0 && thrown < text.search(/^Set-ADSyncScheduler/m) && thrown < text.indexOf('Remove-ADSyncRule'));
    assert.match(text, /^# {3}Cannot tell which staging connector/m);
  });

  it('a connector known only by GUID uses its staging GUID from the pairing, checked on the server', async () => {
    const primary = set(rule('In from AD - Same', A1, 1) + rule('In from AD - Changed', A1, 2));
    const staging = set(rule('In from AD - Same', B1, 1) + rule('In from AD - Changed', B1, 7));
    const text = migrationScript(diffRuleSets(primary, staging), labels);
    await assertReadsCleanly(text);
    assert.match(text, new RegExp(`^# The inputs name this connector only by its GUID; this is its GUID on staging \\(primary connector ${A1}, paired by the rules they carry\\)\\.\n\\$connector_1 = '${B1}'\nif \\(-not \\(Get-ADSyncConnector -Identifier \\$connector_1`, 'm'));
    assert.deepEqual(remaining(primary, applyScriptInModel(text, staging)), []);
  });

  it('a primary connector with no name and no partner gets an empty variable that throws until someone fills it', async () => {
    const primary = set(rule('In from AD - Lonely', A1, 1));
    const staging = set(rule('In from AD - Other', B1, 1));
    const text = migrationScript(diffRuleSets(primary, staging), labels);
    await assertReadsCleanly(text);
    assert.match(text, new RegExp(`^\\$connector_1 = ''\nif \\(-not \\$connector_1\\) \\{ throw 'Primary connector ${A1} has no name in the inputs and no partner on staging`, 'm'));
  });
});

describe('migration script: edges', () => {
  it('equivalent sets: a script that says so and changes nothing', async () => {
    const { primary } = quotesPair();
    const text = migrationScript(diffRuleSets(primary, primary), labels);
    await assertReadsCleanly(text);
    assert.doesNotMatch(text, /^(Set-ADSyncScheduler|Get-ADSyncRule|New-ADSyncRule|\$standardRule)/m);
    assert.match(text, /nothing to change/);
  });

  it('a primary rule the input does not fully give is not re-created, and its staging twin is kept', async () => {
    const { primary, staging } = quotesPair();
    const fix = primary.rules.find((r) => r.name.value === "In from AD - User O'Brien Fix")!;
    const p: RuleSet = { ...primary, rules: primary.rules.map((r) => (r === fix ? { ...r, sourceObjectType: { value: null, unresolved: '$type' } } : r)) };
    const text = migrationScript(diffRuleSets(p, staging), labels);
    await assertReadsCleanly(text);
    assert.doesNotMatch(text, /O''Brien Fix' -and/);
    assert.match(text, /Write-Warning 'Custom rule ''In from AD - User O''Brien Fix'' on connector ''corp\.example\.com'' is not re-created: the primary input does not give its SourceObjectType/);
  });

  it('never removes a rule of the same name and connector in the other direction', async () => {
    const { primary, staging } = quotesPair();
    // An inbound rule named like the outbound rule that only primary has, on the same connector, on both servers.
    const extension = primary.rules.find((r) => r.name.value === 'Out to AAD - User Extension <&> "quoted"')!;
    const inbound = { ...extension, direction: { value: 'Inbound' }, identifier: { value: '6f1f2c3d-1111-4aaa-8bbb-000000000099' }, flows: [] };
    const p: RuleSet = { ...primary, rules: [...primary.rules, inbound] };
    const s: RuleSet = { ...staging, rules: [...staging.rules, inbound] };
    const text = migrationScript(diffRuleSets(p, s), labels);
    await assertReadsCleanly(text);
    const staged = applyScriptInModel(text, s);
    assert.deepEqual(remaining(p, staged), []);
    assert.equal(staged.rules.filter((r) => r.name.value === extension.name.value).length, 2);
  });

  it('a critical setting mismatch is warned about first and listed in the header', async () => {
    const { primary, staging } = quotesPair();
    const result: DiffResult = {
      ...diffRuleSets(primary, staging),
      settings: [{ name: 'Microsoft.SynchronizationOption.AnchorAttribute', primary: 'mS-DS-ConsistencyGuid', staging: "objectGUID'", critical: true }],
    };
    const text = migrationScript(result, labels);
    await assertReadsCleanly(text);
    assert.match(text, /^# {3}CRITICAL sourceAnchor attribute: primary mS-DS-ConsistencyGuid, staging objectGUID'$/m);
    const warning = text.search(/^Write-Warning 'CRITICAL: the sourceAnchor attribute differs \(primary: mS-DS-ConsistencyGuid, staging: objectGUID''\)/m);
    assert.ok(warning > 0 && warning < text.search(/^Set-ADSyncScheduler/m));
  });

  it('labels and names with line breaks cannot break out of a comment', async () => {
    const { primary, staging } = quotesPair();
    const text = migrationScript(diffRuleSets(primary, staging), { primaryLabel: 'a\nRemove-Item C:\\ -Recurse', stagingLabel: 'b\r\n#>' });
    await assertReadsCleanly(text);
    assert.doesNotMatch(text, /^Remove-Item/m);
  });
});

describe('migration script: real pairs', () => {
  it('contoso server-config pair: reads cleanly; applied, only the out-of-box differences it warns about remain', { skip: skipWithoutCorpus }, async () => {
    const primary = readServerConfig(corpusPath('server-config', 'contoso-1.1.130-modified'), nodeFileSource).configs[0];
    const staging = readServerConfig(corpusPath('server-config', 'contoso-1.1.130'), nodeFileSource).configs[0];
    const result = diffRuleSets(primary, staging);
    assert.deepEqual(result.summary, { same: 59, changed: 2, drift: 0, onlyInPrimary: 1, onlyInStaging: 1 });
    const text = migrationScript(result, { primaryLabel: 'contoso-1.1.130-modified', stagingLabel: 'contoso-1.1.130' });
    await assertReadsCleanly(text);
    assert.match(text, /^\$connector_\d = \(Get-ADSyncConnector -Name 'contoso\.com' -ErrorAction SilentlyContinue\)\.Identifier$/m);
    assert.match(text, /^-Name 'Custom In from AD - User Join Filter SVC Accounts' `$/m);
    assert.match(text, /^-Identifier '1f21b4c3-bceb-44aa-ae06-89ccf94338a8' `$/m);
    assert.match(text, /\$_\.Name -eq 'Out to AAD - User DynamicsCRM'[^\n]*\n[^\n]*\n\$standardRule\.Disabled = \$true/);
    assert.match(text, /Write-Warning 'Out-of-box rule ''In from AD - User Common''/);
    assert.match(text, /Write-Warning 'Out-of-box rule ''Out to AAD - Contact SharePointOnline''/);
    const staged = applyScriptInModel(text, staging);
    assert.deepEqual(remaining(primary, staged), ['changed: In from AD - User Common', 'onlyInStaging: Out to AAD - Contact SharePointOnline']);
    assert.deepEqual(diffRuleSets(primary, staged).summary, { same: 61, changed: 1, drift: 0, onlyInPrimary: 0, onlyInStaging: 1 });
  });

  it('the Documenter report of that pair: connectors known only by name, Entra included, resolve by name', { skip: skipWithoutCorpus }, async () => {
    const file = corpusPath('documenter', 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html');
    const [primary, staging] = readDocumenterReport(file, fs.readFileSync(file, 'utf8')).configs;
    const text = migrationScript(diffRuleSets(primary, staging), labels);
    await assertReadsCleanly(text);
    assert.match(text, /^\$connector_\d = \(Get-ADSyncConnector -Name 'contoso\.onmicrosoft\.com - AAD' -ErrorAction SilentlyContinue\)\.Identifier$/m);
    const staged = applyScriptInModel(text, staging);
    assert.deepEqual(remaining(primary, staged), ['changed: In from AD - User Common', 'onlyInStaging: Out to AAD - Contact SharePointOnline']);
  });

  it('gen-export 1000 pair: reads cleanly; applied, staging matches primary', { skip: fs.existsSync(genExport) ? false : `no generator at ${genExport}` }, async () => {
    const gen = (...args: string[]) => execFileSync(process.execPath, [genExport, '1000', '1', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const primary = script('primary.ps1', gen());
    const staging = script('staging.ps1', gen('--variant', 'staging'));
    const result = diffRuleSets(primary, staging);
    assert.deepEqual(result.summary, { same: 880, changed: 100, drift: 0, onlyInPrimary: 20, onlyInStaging: 0 });
    const text = migrationScript(result, labels);
    await assertReadsCleanly(text);
    // The AD connector is known only by GUID on both sides: the script uses staging's, found by inference.
    assert.match(text, /^\$connector_\d = '5d0c2b7e-9a41-4c3e-8f15-2e6b7d9a0c44'$/m);
    assert.equal(script('migration.ps1', text).rules.length, 120);
    const staged = applyScriptInModel(text, staging);
    assert.deepEqual(remaining(primary, staged), []);
    assert.deepEqual(diffRuleSets(primary, staged).summary, { same: 1000, changed: 0, drift: 0, onlyInPrimary: 0, onlyInStaging: 0 });
  });
});
