import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compareRules } from '../../../server/src/diff/compare-rules';
import { diffRuleSets } from '../../../server/src/diff/diff-rule-sets';
import { renderRuleText } from '../../../server/src/diff/rule-text';
import type { DiffResult } from '../../../server/src/diff/types';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { readServerConfig } from '../../../server/src/formats/server-config';
import type { SyncRule } from '../../../server/src/model';
import { readCompareSide } from '../../../server/src/service/compare/read-side';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';
import { belongsTo, differingFields, primaryFolder, renderPair, stagingFolder } from './support';

/** Every `same` pair renders to one text; every other pair differs in exactly the lines of its changed fields. */
function assertTextsFollowTheDiff(result: DiffResult) {
  let same = 0;
  let changed = 0;
  for (const r of result.rules) {
    if (!r.primary || !r.staging) continue;
    const pair = renderPair(r);
    const differing = differingFields(pair);
    if (r.status === 'same') {
      same++;
      assert.deepEqual(differing, [], `${r.name}: the diff calls it same, the texts differ`);
      continue;
    }
    changed++;
    // compareRules keys flows by destination, so of two flows to one destination it compares only the last;
    // the text shows both. Lines of such flows may differ without a change naming them (gen-export has some).
    const doubled = doubledDestinations(r.primary).concat(doubledDestinations(r.staging));
    for (const line of differing) {
      if (doubled.some((d) => belongsTo(line.field, `flows[${d}]`))) continue;
      assert.ok(r.changes.some((c) => belongsTo(line.field, c.field)), `${r.name}: line '${line.text}' (${line.field}) differs, but no change names it`);
    }
    for (const c of r.changes) assert.ok(differing.some((line) => belongsTo(line.field, c.field)), `${r.name}: ${c.field} changed, but no line shows it`);
  }
  return { same, changed };
}

function doubledDestinations(rule: SyncRule): string[] {
  const seen = new Map<string, number>();
  for (const f of rule.flows) seen.set((f.destination.value ?? '').toLowerCase(), (seen.get((f.destination.value ?? '').toLowerCase()) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([d]) => d);
}

const rulesOf = (file: string, text: string) => readPowerShellScript(file, text).configs[0].rules;
const fixtureText = fs.readFileSync(path.join(primaryFolder, 'rules.ps1'), 'utf8');
const ruleNamed = (rules: SyncRule[], name: string) => rules.find((r) => r.name.value === name)!;

describe('renderRuleText on real pairs', { skip: skipWithoutCorpus }, () => {
  test('contoso modified vs original: 59 same pairs render equal, the 2 changed ones differ in their fields only', () => {
    const primary = readServerConfig(corpusPath('server-config', 'contoso-1.1.130-modified'), nodeFileSource).configs[0];
    const staging = readServerConfig(corpusPath('server-config', 'contoso-1.1.130'), nodeFileSource).configs[0];
    assert.deepEqual(assertTextsFollowTheDiff(diffRuleSets(primary, staging)), { same: 59, changed: 2 });
  });

  const generator = path.resolve(corpusPath('..', 'bench', 'gen-export.mjs'));
  test('gen-export 1000 vs its staging variant: 880 same pairs render equal, 100 changed differ in their fields only', { skip: !fs.existsSync(generator) && 'no gen-export.mjs' }, () => {
    const generate = (...args: string[]) => execFileSync(process.execPath, [generator, '1000', '1', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const primary = readPowerShellScript('primary.ps1', generate()).configs[0];
    const staging = readPowerShellScript('staging.ps1', generate('--variant', 'staging')).configs[0];
    assert.deepEqual(assertTextsFollowTheDiff(diffRuleSets(primary, staging)), { same: 880, changed: 100 });
  });
});

describe('renderRuleText', () => {
  const pairResult = () => diffRuleSets(readCompareSide([primaryFolder], 'primary', nodeFileSource).ruleSet, readCompareSide([stagingFolder], 'staging', nodeFileSource).ruleSet);

  test('the fixture pair: whitespace in an expression and the order of scope clauses do not show; real edits do, field by field', () => {
    const result = pairResult();
    assertTextsFollowTheDiff(result);
    const office = renderPair(result.rules.find((r) => r.name === 'In from AD - User Office')!);
    assert.deepEqual([...new Set(differingFields(office).map((l) => l.field))].sort(), ['description', 'flows[physicalDeliveryOfficeName].expression']);
    const title = renderPair(result.rules.find((r) => r.name === 'In from AD - User Title')!);
    assert.deepEqual(title.primary, title.staging);
  });

  test('fixed order, one value a line; per-server GUIDs are left out or marked', () => {
    const rule = ruleNamed(rulesOf('rules.ps1', fixtureText.replace("-PrecedenceAfter '00000000-0000-0000-0000-000000000000'", "-PrecedenceAfter '0e1d2c3b-4a59-4687-9786-a5b4c3d2e1f0'")), 'In from AD - User Title');
    const text = renderRuleText(rule, { connector: 'contoso.com' });
    const keys = text.split('\n').filter((l) => /^\w+:/.test(l)).map((l) => l.split(':')[0]);
    assert.deepEqual(keys, ['Name', 'Connector', 'Direction', 'Precedence', 'PrecedenceAfter', 'PrecedenceBefore', 'SourceObjectType', 'TargetObjectType', 'LinkType', 'ImmutableTag', 'Disabled', 'EnablePasswordSync', 'SoftDeleteExpiryInterval', 'Description']);
    assert.match(text, /^Connector: +contoso\.com$/m);
    assert.match(text, /^PrecedenceAfter: +\(relative to another rule; its GUID differs per server\)$/m);
    assert.doesNotMatch(text, /[0-9a-f]{8}-[0-9a-f]{4}-/i, 'no GUID of the rule, its connector or its placement');
    assert.ok(text.endsWith('\n'));
  });

  test('without a connector label, a rule known only by connector GUID says so instead of showing it', () => {
    const rule = ruleNamed(rulesOf('rules.ps1', fixtureText), 'In from AD - User Title');
    assert.match(renderRuleText(rule), /^Connector: +\(known by GUID only\)$/m);
  });

  test('Replace reads as Update, and case-insensitive words in one spelling: the texts agree where the diff does', () => {
    const original = rulesOf('a.ps1', fixtureText);
    const edited = rulesOf('b.ps1', fixtureText.replace(/'Update'/g, "'Replace'").replace(/'Inbound'/g, "'inbound'").replace("-Destination 'title'", "-Destination 'Title'"));
    for (const name of ['In from AD - User Title', 'In from AD - User Office']) {
      const a = ruleNamed(original, name);
      const b = ruleNamed(edited, name);
      assert.deepEqual(compareRules(a, b), [], `${name}: the diff calls the edit no change`);
      const pair = renderPair({ name, connector: 'AD', direction: 'Inbound', standard: false, status: 'same', changes: [], primary: a, staging: b });
      assert.deepEqual(pair.primary.map((l) => l.text), pair.staging.map((l) => l.text), name);
    }
    assert.match(renderRuleText(ruleNamed(edited, 'In from AD - User Title')), /^Direction: +Inbound$/m);
  });

  test('flows sorted by destination, defaults unsaid, expressions in normal form and laid out over lines when long', () => {
    const long = 'IIF(IsPresent([physicalDeliveryOfficeName]) && Len([physicalDeliveryOfficeName]) > 3, Trim([physicalDeliveryOfficeName]), "Head office, main building")';
    const text = renderRuleText(ruleNamed(rulesOf('r.ps1', fixtureText.replace('IIF(IsPresent([physicalDeliveryOfficeName]), Trim([physicalDeliveryOfficeName]), "HQ")', long)), 'In from AD - User Office'));
    const flows = text.split('\n').filter((l) => l.startsWith('Flow ')).map((l) => l.slice(5));
    assert.deepEqual(flows, ['company', 'physicalDeliveryOfficeName']);
    assert.doesNotMatch(text, /ValueMergeType|ExecuteOnce/, 'Update and every-run are the defaults');
    assert.match(text, /Flow company\n {4}FlowType: +Direct\n {4}Sources: +"company"\n/);
    assert.match(text, /\n {4}Expression:\n {8}IIF\(\n {12}IsPresent\(\[physicalDeliveryOfficeName\]\)\n {12}&& Len\(\[physicalDeliveryOfficeName\]\) > 3,\n {12}Trim\(\[physicalDeliveryOfficeName\]\),\n {12}"Head office, main building"\)\n/);
  });

  test('scope clauses sorted inside their group, groups and join groups in order; a multi-line description indented', () => {
    const rule = ruleNamed(rulesOf('r.ps1', fixtureText.replace("-Description 'Trims the job title.'", "-Description 'Trims the job title.\r\nOwner: HR'")), 'In from AD - User Title');
    const text = renderRuleText(rule);
    assert.match(text, /\nScopeGroup 1\n {4}employeeType EQUAL "Employee"\n {4}isCriticalSystemObject NOTEQUAL "true"\n/);
    assert.match(text, /\nDescription:\n {4}Trims the job title\.\n {4}Owner: HR\n/);
    const common = renderRuleText(ruleNamed(rulesOf('r.ps1', fixtureText), 'In from AD - User Common'));
    assert.match(common, /\nJoinGroup 1\n {4}objectGUID = sourceObjectGUID\n/);
  });

  test('an expression that does not parse shows as the diff compares it: without whitespace, and says so', () => {
    const rule = ruleNamed(rulesOf('r.ps1', fixtureText.replace("'Trim([title])'", "'Trim( [title] '")), 'In from AD - User Title');
    assert.match(renderRuleText(rule), /\n {8}Trim\(\[title\]\n {8}\(does not parse: compared without whitespace\)\n/);
  });
});
