import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { readDocumenterReport } from '../../../server/src/formats/documenter-report';
import type { InputReading, Located, Range, RuleSet, SyncRule } from '../../../server/src/model';
import { LineIndex } from '../../../server/src/model/line-index';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../../support/corpus';

// ---------------------------------------------------------------------------------------------------------------
// helpers

interface Loaded {
  text: string;
  lines: LineIndex;
  reading: InputReading;
}

function load(file: string, transform: (text: string) => string = (t) => t): Loaded {
  const text = transform(fs.readFileSync(file, 'utf8'));
  return { text, lines: new LineIndex(text), reading: readDocumenterReport(file, text) };
}

const cache = new Map<string, Loaded>();
function loadCached(file: string): Loaded {
  let loaded = cache.get(file);
  if (!loaded) {
    loaded = load(file);
    cache.set(file, loaded);
  }
  return loaded;
}

function config(reading: InputReading, label: 'pilot' | 'production'): RuleSet {
  const found = reading.configs.find((c) => c.label === label);
  assert.ok(found, `no ${label} config`);
  return found;
}

function rule(set: RuleSet, name: string): SyncRule {
  const found = set.rules.filter((r) => r.name.value === name);
  assert.equal(found.length, 1, `${set.label} should hold "${name}" exactly once`);
  return found[0];
}

function slice(loaded: Loaded, range: Range | undefined): string {
  assert.ok(range, 'value has no range');
  return loaded.text.slice(loaded.lines.offsetAt(range.start), loaded.lines.offsetAt(range.end));
}

/** The characters the value was read from are exactly `raw` (entities still encoded). */
function assertSource<T>(loaded: Loaded, value: Located<T>, expected: T, raw: string): void {
  assert.deepEqual(value.value, expected);
  assert.equal(slice(loaded, value.range), raw);
}

function totals(set: RuleSet) {
  return {
    rules: set.rules.length,
    flows: set.rules.reduce((n, r) => n + r.flows.length, 0),
    scopeGroups: set.rules.reduce((n, r) => n + r.scopeGroups.length, 0),
    joinGroups: set.rules.reduce((n, r) => n + r.joinGroups.length, 0),
  };
}

// Expected values from a server-config export, read with plain regexes: test-only, to check the reader against.
interface XmlRule {
  name: string;
  connector: string;
  description: string;
  immutableTag: string;
  direction: string;
  disabled: boolean;
  sourceObjectType: string;
  targetObjectType: string;
  linkType: string;
  precedence: number;
  softDeleteExpiryInterval: string;
  enablePasswordSync: boolean;
  flows: Map<string, { flowType: string; sources: string[]; expression: string | null; executeOnce: boolean; valueMergeType: string }>;
  scopeGroups: { attribute: string; operator: string; value: string }[][];
  joinGroups: { csAttribute: string; mvAttribute: string; caseSensitive: boolean }[][];
}

const xmlText = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function xmlValue(block: string, name: string): string | null {
  const empty = new RegExp(`<${name}\\s*/>`).exec(block);
  const full = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(block);
  if (full && (!empty || full.index < empty.index)) return xmlText(full[1]);
  return empty ? '' : null;
}

function xmlBlocks(block: string, name: string): string[] {
  return [...block.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, 'g'))].map((m) => m[0]);
}

function readXmlRules(folder: string): XmlRule[] {
  const connectorNames = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(folder, 'Connectors'))) {
    const head = fs.readFileSync(path.join(folder, 'Connectors', file), 'utf8').slice(0, 2000);
    const id = /<id>\{?([^}<]+)\}?<\/id>/.exec(head)![1].toLowerCase();
    connectorNames.set(id, /<name>([^<]*)<\/name>/.exec(head)![1]);
  }
  const dir = path.join(folder, 'SynchronizationRules');
  return fs.readdirSync(dir).map((file): XmlRule => {
    const xml = fs.readFileSync(path.join(dir, file), 'utf8');
    const v = (name: string) => xmlValue(xml, name) ?? '';
    const flows: XmlRule['flows'] = new Map();
    for (const mapping of xmlBlocks(xml, 'mapping')) {
      const expression = xmlValue(mapping, 'expression');
      const attrs = [...mapping.matchAll(/<attr>([^<]*)<\/attr>/g)].map((m) => xmlText(m[1]));
      const constant = /<src>([^<]*)<\/src>/.exec(mapping);
      const flowType = expression !== null ? 'Expression' : attrs.length > 0 ? 'Direct' : 'Constant';
      flows.set(xmlValue(mapping, 'dest')!, {
        flowType,
        sources: flowType === 'Expression' ? [] : flowType === 'Direct' ? attrs.slice(0, 1) : [xmlText(constant?.[1] ?? '')],
        expression,
        executeOnce: /<mapping execute-once="true">/.test(mapping),
        valueMergeType: xmlValue(mapping, 'valueMergeType')!,
      });
    }
    const criteria = (outer: string) => xmlBlocks(xml, outer).flatMap((o) => xmlBlocks(o, 'conditions'));
    return {
      name: v('name'),
      connector: connectorNames.get(/<connector>\{?([^}<]+)\}?<\/connector>/.exec(xml)![1].toLowerCase())!,
      description: v('description'),
      immutableTag: v('immutable-tag'),
      direction: v('direction'),
      disabled: /^true$/i.test(v('disabled')),
      sourceObjectType: v('sourceObjectType'),
      targetObjectType: v('targetObjectType'),
      linkType: v('linkType'),
      precedence: Number(v('precedence')),
      softDeleteExpiryInterval: v('softDeleteExpiryInterval'),
      enablePasswordSync: /^true$/i.test(v('EnablePasswordSync')),
      flows,
      scopeGroups: criteria('synchronizationCriteria').map((g) =>
        xmlBlocks(g, 'scope').map((s) => ({
          attribute: xmlValue(s, 'csAttribute') ?? ' ',
          operator: xmlValue(s, 'csOperator') ?? ' ',
          value: xmlValue(s, 'csValue') ?? ' ',
        })),
      ),
      joinGroups: criteria('relationshipCriteria').map((g) =>
        xmlBlocks(g, 'condition').map((c) => ({
          csAttribute: xmlValue(c, 'csAttribute') ?? ' ',
          mvAttribute: xmlValue(c, 'ilmAttribute') ?? ' ',
          caseSensitive: /^true$/i.test(xmlValue(c, 'caseSensitive') ?? ''),
        })),
      ),
    };
  });
}

/** Every value the report shows, compared with the export the report was made from. */
function assertMatchesExport(set: RuleSet, folder: string): void {
  const expected = readXmlRules(folder);
  assert.equal(set.rules.length, expected.length, `${set.label}: rule count`);
  for (const x of expected) {
    const r = set.rules.find((candidate) => candidate.name.value === x.name && candidate.connector.name.value === x.connector);
    assert.ok(r, `${set.label} lacks "${x.name}" on ${x.connector}`);
    const what = `${set.label} "${x.name}"`;
    assert.deepEqual(
      {
        description: r.description.value,
        immutableTag: r.immutableTag.value,
        direction: r.direction.value,
        disabled: r.disabled.value,
        sourceObjectType: r.sourceObjectType.value,
        targetObjectType: r.targetObjectType.value,
        linkType: r.linkType.value,
        precedence: r.precedence.value,
        softDeleteExpiryInterval: r.softDeleteExpiryInterval.value,
        enablePasswordSync: r.enablePasswordSync.value,
      },
      {
        description: x.description,
        immutableTag: x.immutableTag,
        direction: x.direction,
        disabled: x.disabled,
        sourceObjectType: x.sourceObjectType,
        targetObjectType: x.targetObjectType,
        linkType: x.linkType,
        precedence: x.precedence,
        softDeleteExpiryInterval: x.softDeleteExpiryInterval,
        enablePasswordSync: x.enablePasswordSync,
      },
      what,
    );
    assert.equal(r.flows.length, x.flows.size, `${what}: flow count`);
    for (const f of r.flows) {
      const xf = x.flows.get(f.destination.value ?? '');
      assert.ok(xf, `${what}: unexpected flow to ${f.destination.value}`);
      assert.deepEqual(
        {
          flowType: f.flowType.value,
          sources: f.sources.value,
          expression: f.expression.value,
          executeOnce: f.executeOnce.value,
          valueMergeType: f.valueMergeType.value,
        },
        xf,
        `${what}: flow to ${f.destination.value}`,
      );
    }
    assert.deepEqual(
      r.scopeGroups.map((g) => g.conditions.map((c) => ({ attribute: c.attribute.value, operator: c.operator.value, value: c.value.value }))),
      x.scopeGroups,
      `${what}: scope groups`,
    );
    assert.deepEqual(
      r.joinGroups.map((g) =>
        g.conditions.map((c) => ({ csAttribute: c.csAttribute.value, mvAttribute: c.mvAttribute.value, caseSensitive: c.caseSensitive.value })),
      ),
      x.joinGroups,
      `${what}: join groups`,
    );
  }
}

const PILOT_REPORT = 'Contoso_Pilot_AppliedTo_Contoso_Production_AADConnectSync_report.html';
const MODIFIED_REPORT = 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html';
const report = (name: string) => loadCached(corpusPath('documenter', name));
const BASE_EXPORT = () => corpusPath('server-config', 'contoso-1.1.130');
const MODIFIED_EXPORT = () => corpusPath('server-config', 'contoso-1.1.130-modified');

const CUSTOM = 'Custom In from AD - User Join Filter SVC Accounts';
const DYNAMICS = 'Out to AAD - User DynamicsCRM';
const USER_COMMON = 'In from AD - User Common';
const SHAREPOINT = 'Out to AAD - Contact SharePointOnline';

// ---------------------------------------------------------------------------------------------------------------
// real reports

describe('documenter report: unchanged configuration (pilot = production)', { skip: skipWithoutCorpus }, () => {
  test('both sides hold the 62 rules, 1,200 flows, 48 scope and 40 join groups, all Unchanged, without diagnostics', () => {
    const { reading } = report(PILOT_REPORT);
    assert.equal(reading.format, 'documenter-report');
    assert.deepEqual(reading.configs.map((c) => c.label), ['pilot', 'production']);
    assert.deepEqual(reading.diagnostics, []);
    for (const label of ['pilot', 'production'] as const) {
      const set = config(reading, label);
      assert.deepEqual(totals(set), { rules: 62, flows: 1200, scopeGroups: 48, joinGroups: 40 });
      assert.deepEqual([...new Set(set.rules.map((r) => r.mark))], ['Unchanged']);
      assert.deepEqual([...new Set(set.rules.flatMap((r) => r.flows.map((f) => f.mark)))], ['Unchanged']);
      assert.deepEqual(set.connectors, [
        { id: null, name: 'contoso.com' },
        { id: null, name: 'contoso.onmicrosoft.com - AAD' },
      ]);
    }
    assert.deepEqual(reading.files, [{ path: corpusPath('documenter', PILOT_REPORT), rules: 62 }]);
  });

  test('every value of both sides equals the server export contoso-1.1.130', () => {
    const { reading } = report(PILOT_REPORT);
    assertMatchesExport(config(reading, 'pilot'), BASE_EXPORT());
    assertMatchesExport(config(reading, 'production'), BASE_EXPORT());
  });

  test('spot checks with ranges: password sync flag, case-sensitive join, apply-once constant, bit scope, types', () => {
    const loaded = report(PILOT_REPORT);
    const pilot = config(loaded.reading, 'pilot');

    const accountEnabled = rule(pilot, 'In from AD - User AccountEnabled');
    assertSource(loaded, accountEnabled.enablePasswordSync, true, 'Yes');
    assertSource(loaded, accountEnabled.immutableTag, 'Microsoft.InfromADUserAccountEnabled.004', 'Microsoft.InfromADUserAccountEnabled.004');
    const bitCondition = accountEnabled.scopeGroups.flatMap((g) => g.conditions).find((c) => c.operator.value === 'ISBITNOTSET');
    assert.ok(bitCondition);
    assertSource(loaded, bitCondition.attribute, 'userAccountControl', 'userAccountControl');
    assertSource(loaded, bitCondition.value, '2', '2');

    const aadGroupJoin = rule(pilot, 'In from AAD - Group Join');
    const [anchorJoin] = aadGroupJoin.joinGroups[0].conditions;
    assertSource(loaded, anchorJoin.caseSensitive, true, 'True');
    assertSource(loaded, anchorJoin.csAttribute, 'sourceAnchor', 'sourceAnchor');

    const computerJoin = rule(pilot, 'In from AD - Computer Join');
    const cloudCreated = computerJoin.flows.find((f) => f.destination.value === 'cloudCreated');
    assert.ok(cloudCreated);
    assertSource(loaded, cloudCreated.flowType, 'Constant', 'Constant');
    assertSource(loaded, cloudCreated.sources, ['False'], 'False');
    assertSource(loaded, cloudCreated.executeOnce, true, 'true');
    assert.deepEqual(cloudCreated.expression.value, null);

    // A join condition without a caseSensitive element shows a blank cell, read as false.
    const userJoin = rule(pilot, 'In from AD - User Join');
    assertSource(loaded, userJoin.joinGroups[0].conditions[0].caseSensitive, false, ' ');
  });
});

describe('documenter report: modified pilot against production', { skip: skipWithoutCorpus }, () => {
  test('pilot has the custom rule but not Contact SharePointOnline, production the reverse; 62 rules each', () => {
    const { reading } = report(MODIFIED_REPORT);
    assert.deepEqual(reading.diagnostics, []);
    const pilot = config(reading, 'pilot');
    const production = config(reading, 'production');
    assert.equal(pilot.rules.length, 62);
    assert.equal(production.rules.length, 62);
    const pilotNames = new Set(pilot.rules.map((r) => r.name.value));
    const productionNames = new Set(production.rules.map((r) => r.name.value));
    assert.ok(pilotNames.has(CUSTOM) && !pilotNames.has(SHAREPOINT));
    assert.ok(productionNames.has(SHAREPOINT) && !productionNames.has(CUSTOM));
    // 63 distinct rules in the report, each read once.
    assert.deepEqual(reading.files, [{ path: corpusPath('documenter', MODIFIED_REPORT), rules: 63 }]);
  });

  test('exactly the four known changes are marked; the other 59 rules are Unchanged', () => {
    const { reading } = report(MODIFIED_REPORT);
    const marks = new Map<string, string>();
    for (const set of reading.configs) for (const r of set.rules) marks.set(r.name.value ?? '', r.mark ?? '');
    const changed = [...marks].filter(([, mark]) => mark !== 'Unchanged').sort();
    assert.deepEqual(changed, [
      [CUSTOM, 'Added'],
      [USER_COMMON, 'Modified'],
      [SHAREPOINT, 'Deleted'],
      [DYNAMICS, 'Modified'],
    ]);
    assert.equal(marks.size, 63);
  });

  test('pilot equals contoso-1.1.130-modified and production equals contoso-1.1.130, value by value', () => {
    const { reading } = report(MODIFIED_REPORT);
    assertMatchesExport(config(reading, 'pilot'), MODIFIED_EXPORT());
    assertMatchesExport(config(reading, 'production'), BASE_EXPORT());
    assert.deepEqual(totals(config(reading, 'pilot')), { rules: 62, flows: 1142, scopeGroups: 48, joinGroups: 45 });
    assert.deepEqual(totals(config(reading, 'production')), { rules: 62, flows: 1200, scopeGroups: 48, joinGroups: 40 });
  });

  test('the added custom rule: precedence 50, empty tag, ranges on the cells and the heading', () => {
    const loaded = report(MODIFIED_REPORT);
    const custom = rule(config(loaded.reading, 'pilot'), CUSTOM);
    assert.equal(custom.mark, 'Added');
    assertSource(loaded, custom.precedence, 50, '50');
    assertSource(loaded, custom.immutableTag, '', '');
    // The empty tag points into its empty cell, just before the cell's end tag.
    assert.ok(loaded.text.startsWith('</td>', loaded.lines.offsetAt(custom.immutableTag.range!.start)));
    assertSource(loaded, custom.name, CUSTOM, CUSTOM);
    assert.equal(slice(loaded, custom.selectionRange), CUSTOM);
    assert.notDeepEqual(custom.selectionRange, custom.name.range, 'heading and Name cell are different places');
    const whole = slice(loaded, custom.range);
    assert.ok(whole.startsWith('<h5 class=""><a class="toc-Added"'), whole.slice(0, 40));
    assert.ok(whole.endsWith('</table>'));
    assert.equal(whole.split('<table').length - 1, 4, 'the rule range spans its four tables');
    assert.ok(!whole.includes('PowerShellScript'));
    assertSource(loaded, custom.connector.name, 'contoso.com', 'contoso.com');
    assert.equal(custom.connector.id.value, null);
    assert.equal(custom.identifier.value, null);
    assert.equal(custom.committed, true);
    assert.equal(custom.file, corpusPath('documenter', MODIFIED_REPORT));
    assertSource(loaded, custom.softDeleteExpiryInterval, '00:00:00', '00:00:00');
    assert.deepEqual(custom.joinGroups.map((g) => g.conditions.length), [1, 1, 1, 1, 1]);
    assert.deepEqual(custom.flows.map((f) => f.mark), ['Added']);
    const cloudFiltered = custom.flows[0];
    assert.equal(cloudFiltered.flowType.value, 'Expression');
    assert.deepEqual(cloudFiltered.sources.value, []);
    assert.match(cloudFiltered.expression.value ?? '', /Left\(\[sAMAccountName\], 4\) = "SVC_"/);
    // The report writes expressions unescaped (&&, >), and the range covers exactly them.
    assert.match(cloudFiltered.expression.value ?? '', /&& \(InStr\(\[mailNickname\], "\}"\) > 0\)/);
    assert.equal(slice(loaded, cloudFiltered.expression.range), cloudFiltered.expression.value);
    const group = slice(loaded, custom.scopeGroups[0].range);
    assert.ok(group.startsWith('<tr class="Added">') && group.endsWith('</tr>'));
    assert.equal(group.split('<tr').length - 1, 2);
  });

  test('Out to AAD - User DynamicsCRM: Disabled Yes in pilot, No in production, from the two spans of one cell', () => {
    const loaded = report(MODIFIED_REPORT);
    const pilot = rule(config(loaded.reading, 'pilot'), DYNAMICS);
    const production = rule(config(loaded.reading, 'production'), DYNAMICS);
    assert.equal(pilot.mark, 'Modified');
    assert.equal(production.mark, 'Modified');
    assertSource(loaded, pilot.disabled, true, 'Yes');
    assertSource(loaded, production.disabled, false, 'No');
    assert.equal(pilot.disabled.range!.start.line, production.disabled.range!.start.line, 'both spans share one cell');
    // Outbound: the metaverse type is the source, the connector space type the target.
    assertSource(loaded, pilot.sourceObjectType, 'person', 'person');
    assertSource(loaded, pilot.targetObjectType, 'user', 'user');
    assertSource(loaded, pilot.connector.name, 'contoso.onmicrosoft.com - AAD', 'contoso.onmicrosoft.com - AAD');
    const city = pilot.flows.find((f) => f.destination.value === 'city');
    assert.ok(city);
    assertSource(loaded, city.sources, ['l'], 'l');
    assertSource(loaded, city.flowType, 'Direct', 'Direct');
    assert.equal(city.mark, 'Unchanged');
  });

  test('In from AD - User Common: the department expression differs per side', () => {
    const loaded = report(MODIFIED_REPORT);
    const department = (label: 'pilot' | 'production') => {
      const flow = rule(config(loaded.reading, label), USER_COMMON).flows.find((f) => f.destination.value === 'department');
      assert.ok(flow);
      return flow;
    };
    const pilot = department('pilot');
    const production = department('production');
    const newExpression = 'IIF(IsNullOrEmpty([department]),"Unassigned",Trim([department]))';
    assertSource(loaded, pilot.expression, newExpression, newExpression);
    assertSource(loaded, production.expression, 'Trim([department])', 'Trim([department])');
    assert.equal(pilot.mark, 'Modified');
    assert.equal(production.mark, 'Modified');
    // Unchanged values of a modified row sit in a lone Modified span: both sides read the same characters.
    assertSource(loaded, pilot.valueMergeType, 'Update', 'Update');
    assert.deepEqual(pilot.valueMergeType.range, production.valueMergeType.range);
    assertSource(loaded, pilot.executeOnce, false, '');
    assertSource(loaded, pilot.destination, 'department', 'department');
  });

  test('Out to AAD - Contact SharePointOnline exists only in production, marked Deleted', () => {
    const loaded = report(MODIFIED_REPORT);
    const sharePoint = rule(config(loaded.reading, 'production'), SHAREPOINT);
    assert.equal(sharePoint.mark, 'Deleted');
    assertSource(loaded, sharePoint.immutableTag, 'Microsoft.OuttoAADContactSharePointOnline.003', 'Microsoft.OuttoAADContactSharePointOnline.003');
    assertSource(loaded, sharePoint.precedence, 137, '137');
    assert.deepEqual([...new Set(sharePoint.flows.map((f) => f.mark))], ['Deleted']);
    assert.equal(sharePoint.scopeGroups.length, 1);
    assertSource(loaded, sharePoint.scopeGroups[0].conditions[0].value, 'Contact', 'Contact');
  });

  test('reads a 3 MB report in well under a second', (t) => {
    const file = corpusPath('documenter', MODIFIED_REPORT);
    const text = fs.readFileSync(file, 'utf8');
    readDocumenterReport(file, text); // warm-up
    const start = performance.now();
    const reading = readDocumenterReport(file, text);
    const elapsed = performance.now() - start;
    t.diagnostic(`read ${(text.length / 1e6).toFixed(1)} MB in ${elapsed.toFixed(0)} ms`);
    assert.equal(config(reading, 'pilot').rules.length, 62);
    assert.ok(elapsed < 1000, `took ${elapsed} ms`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// own fixtures

describe('documenter report: hand-written fixture', () => {
  const small = () => loadCached(fixturePath('documenter-report', 'small-report.html'));

  test('reads each rule section once; summaries, flow lists, run profiles and script fragments are skipped', () => {
    const { reading } = small();
    assert.deepEqual(reading.diagnostics, []);
    const names = (label: 'pilot' | 'production') => config(reading, label).rules.map((r) => [r.name.value, r.mark]);
    assert.deepEqual(names('pilot'), [
      ['Fabrikam In from AD - User Badge', 'Added'],
      ['Out to AAD - User Badge Identity', 'Unchanged'],
      ['Out to AAD - Contact Badge', 'Modified'],
    ]);
    assert.deepEqual(names('production'), [
      ['Out to AAD - User Badge Identity', 'Unchanged'],
      ['Out to AAD - Contact Badge', 'Modified'],
      ['Out to AAD - Contact Badge Legacy', 'Deleted'],
    ]);
    assert.deepEqual(config(reading, 'pilot').connectors, [
      { id: null, name: 'fabrikam.local' },
      { id: null, name: 'fabrikam.onmicrosoft.com - AAD' },
    ]);
    assert.deepEqual(config(reading, 'production').connectors, [{ id: null, name: 'fabrikam.onmicrosoft.com - AAD' }]);
  });

  test('an Added rule: entities decoded in values, encoded in the ranges; groups by Group#', () => {
    const loaded = small();
    const badge = rule(config(loaded.reading, 'pilot'), 'Fabrikam In from AD - User Badge');
    assertSource(loaded, badge.description, 'Badge data from HR & Security \u2192 metaverse', 'Badge data from HR &amp; Security &#8594; metaverse');
    assertSource(loaded, badge.precedence, 40, '40');
    assertSource(loaded, badge.linkType, 'Join', 'Join');
    assert.equal(badge.sourceObjectType.value, 'user');
    assert.equal(badge.targetObjectType.value, 'person');

    assert.deepEqual(
      badge.scopeGroups.map((g) => g.conditions.map((c) => [c.attribute.value, c.operator.value, c.value.value])),
      [
        [
          ['badgeId', 'ISNOTNULL', ''],
          ['employeeType', 'EQUAL', 'Staff'],
        ],
        [['extensionAttribute5', 'STARTSWITH', 'B&W']],
      ],
    );
    assert.equal(slice(loaded, badge.scopeGroups[1].conditions[0].value.range), 'B&amp;W');

    const [caseJoin, plainJoin] = badge.joinGroups.map((g) => g.conditions[0]);
    assertSource(loaded, caseJoin.caseSensitive, true, 'True');
    assertSource(loaded, plainJoin.caseSensitive, false, ' ');
    assertSource(loaded, plainJoin.mvAttribute, 'badgeNumber', 'badgeNumber');

    const [expression, direct, constant] = badge.flows;
    assertSource(
      loaded,
      expression.expression,
      'IIF(Len([badgeId]) > 4 && IsPresent([badgeId]),Left([badgeId],4),"n/a")',
      'IIF(Len([badgeId]) &gt; 4 &amp;&amp; IsPresent([badgeId]),Left([badgeId],4),"n/a")',
    );
    assert.deepEqual(expression.sources.value, []);
    assertSource(loaded, direct.sources, ['employeeType'], 'employeeType');
    assert.equal(direct.expression.value, null);
    assertSource(loaded, constant.sources, ['True'], 'True');
    assertSource(loaded, constant.executeOnce, true, 'true');
    assertSource(loaded, constant.valueMergeType, 'Update', 'Update');
    assert.deepEqual(badge.flows.map((f) => f.mark), ['Added', 'Added', 'Added']);
  });

  test('a Modified rule: span pairs split per cell, Added/Deleted rows go to one side only', () => {
    const loaded = small();
    const pilot = rule(config(loaded.reading, 'pilot'), 'Out to AAD - Contact Badge');
    const production = rule(config(loaded.reading, 'production'), 'Out to AAD - Contact Badge');
    assertSource(loaded, pilot.precedence, 121, '121');
    assertSource(loaded, production.precedence, 120, '120');
    assertSource(loaded, pilot.disabled, true, 'Yes');
    assertSource(loaded, production.disabled, false, 'No');
    // A lone Modified span is an unchanged value of a modified row.
    assertSource(loaded, pilot.immutableTag, 'Contoso.BadgeContacts.001', 'Contoso.BadgeContacts.001');
    assert.deepEqual(production.immutableTag, pilot.immutableTag);
    assert.deepEqual(pilot.description, production.description);

    const scope = (r: SyncRule) => r.scopeGroups.map((g) => g.conditions.map((c) => `${c.attribute.value} ${c.operator.value} ${c.value.value}`));
    assert.deepEqual(scope(pilot), [['sourceObjectType EQUAL MailContact'], ['cloudMastered NOTEQUAL true']]);
    assert.deepEqual(scope(production), [['sourceObjectType EQUAL Contact'], ['cloudMastered NOTEQUAL true']]);
    assert.deepEqual(pilot.joinGroups, [], 'the "-" row of an empty join table is no condition');

    const flows = (r: SyncRule) => r.flows.map((f) => [f.destination.value, f.flowType.value, f.mark]);
    assert.deepEqual(flows(pilot), [
      ['displayName', 'Direct', 'Unchanged'],
      ['mail', 'Expression', 'Modified'],
      ['proxyAddresses', 'Expression', 'Added'],
    ]);
    assert.deepEqual(flows(production), [
      ['displayName', 'Direct', 'Unchanged'],
      ['mail', 'Direct', 'Modified'],
      ['targetAddress', 'Direct', 'Deleted'],
    ]);
    const pilotMail = pilot.flows[1];
    const productionMail = production.flows[1];
    assertSource(loaded, pilotMail.expression, 'Trim([mail])', 'Trim([mail])');
    assert.deepEqual(pilotMail.sources.value, []);
    assertSource(loaded, productionMail.sources, ['mail'], 'mail');
    assert.equal(productionMail.expression.value, null);
    assertSource(loaded, pilotMail.flowType, 'Expression', 'Expression');
    assertSource(loaded, productionMail.flowType, 'Direct', 'Direct');
    assertSource(loaded, pilotMail.destination, 'mail', 'mail');
    assert.deepEqual(pilotMail.destination, productionMail.destination);
    assertSource(loaded, pilot.flows[2].valueMergeType, 'MergeCaseInsensitive', 'MergeCaseInsensitive');
  });

  test('an Unchanged rule inside DefaultRuleCanHide, and a Deleted rule whose empty pilot side is "-" rows', () => {
    const loaded = small();
    const identity = rule(config(loaded.reading, 'pilot'), 'Out to AAD - User Badge Identity');
    assert.deepEqual(identity, rule(config(loaded.reading, 'production'), 'Out to AAD - User Badge Identity'));
    assertSource(loaded, identity.flows[1].expression, '[givenName]&" "&[sn]', '[givenName]&amp;" "&amp;[sn]');
    assert.equal(identity.sourceObjectType.value, 'person');
    assert.equal(identity.targetObjectType.value, 'user');
    // In an outbound rule the report's "Source Attribute" is the metaverse side and "Target Attribute" the connector side.
    const [outboundJoin] = identity.joinGroups[0].conditions;
    assertSource(loaded, outboundJoin.mvAttribute, 'badgeNumber', 'badgeNumber');
    assertSource(loaded, outboundJoin.csAttribute, 'extensionAttribute9', 'extensionAttribute9');
    assert.ok(slice(loaded, identity.range).endsWith('</table>'));

    const legacy = rule(config(loaded.reading, 'production'), 'Out to AAD - Contact Badge Legacy');
    assertSource(loaded, legacy.softDeleteExpiryInterval, '1.00:00:00', '1.00:00:00');
    assertSource(loaded, legacy.linkType, 'StickyJoin', 'StickyJoin');
    assert.equal(legacy.scopeGroups.length, 1);
    assert.deepEqual(legacy.flows.map((f) => [f.destination.value, f.sources.value, f.executeOnce.value, f.mark]), [
      ['cloudFiltered', ['False'], true, 'Deleted'],
    ]);
    assert.ok(!config(loaded.reading, 'pilot').rules.some((r) => r.name.value === legacy.name.value));
  });

  test('CRLF line endings give the same rules and ranges that still slice to the cell text', () => {
    const crlf = load(fixturePath('documenter-report', 'small-report.html'), (t) => t.replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf.reading.diagnostics, []);
    const lf = small();
    for (const label of ['pilot', 'production'] as const) {
      const a = config(crlf.reading, label).rules;
      const b = config(lf.reading, label).rules;
      assert.deepEqual(a.map((r) => r.name.value), b.map((r) => r.name.value));
      for (let i = 0; i < a.length; i++) {
        assert.deepEqual(a[i].selectionRange, b[i].selectionRange, 'single-line values keep their positions');
        assert.equal(slice(crlf, a[i].precedence.range), slice(lf, b[i].precedence.range));
      }
    }
    const modified = rule(config(crlf.reading, 'pilot'), 'Out to AAD - Contact Badge');
    assert.ok(slice(crlf, modified.range).includes('\r\n'));
  });
});

describe('documenter report: bad input', () => {
  test('an HTML page that is not a Documenter report gives one AADC000 and two empty configurations', () => {
    const file = fixturePath('documenter-report', 'not-a-report.html');
    const reading = readDocumenterReport(file, fs.readFileSync(file, 'utf8'));
    assert.equal(reading.diagnostics.length, 1);
    const [d] = reading.diagnostics;
    assert.equal(d.code, 'AADC000');
    assert.equal(d.file, file);
    assert.match(d.message, /not an AAD Connect Config Documenter report/);
    assert.deepEqual(reading.configs.map((c) => [c.label, c.rules.length]), [
      ['pilot', 0],
      ['production', 0],
    ]);
  });

  test('empty text and truncated markup do not throw', () => {
    const empty = readDocumenterReport('empty.html', '');
    assert.deepEqual(empty.diagnostics.map((d) => d.code), ['AADC000']);
    const truncated = readDocumenterReport(
      'cut.html',
      '<html><title>AAD Connect Config Documenter Report</title><h3>Synchronization Rules</h3><h5><a class="toc">In from AD - Cut',
    );
    assert.deepEqual(truncated.diagnostics.map((d) => d.message), [
      'Rule section "In from AD - Cut" has no Description table; the rule is not read.',
    ]);
    assert.deepEqual(truncated.configs.map((c) => c.rules.length), [0, 0]);
  });

  test('a rule section without its Description table is reported on its heading; the next rule is still read', () => {
    const loaded = load(fixturePath('documenter-report', 'missing-description.html'));
    const messages = loaded.reading.diagnostics.map((d) => [d.code, d.message, slice(loaded, d.range)]);
    assert.deepEqual(messages, [
      ['AADC000', 'Rule section "In from AD - User Broken" has no Description table; the rule is not read.', 'In from AD - User Broken'],
      [
        'AADC000',
        'Rule section "In from AD - User Whole" has no Transformations table; the rule is read without it.',
        '<h5 class=""><a class="toc" name="5">In from AD - User Whole</a></h5>',
      ],
      ['AADC000', 'Precedence "twelve" is not a whole number.', 'twelve'],
    ]);
    for (const label of ['pilot', 'production'] as const) {
      const rules = config(loaded.reading, label).rules;
      assert.deepEqual(rules.map((r) => r.name.value), ['In from AD - User Whole']);
      assert.equal(rules[0].precedence.value, null);
      assert.deepEqual(rules[0].flows, []);
      assert.deepEqual(rules[0].joinGroups.map((g) => g.conditions[0].mvAttribute.value), ['employeeID']);
    }
  });
});
