import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { readServerConfig } from '../../../server/src/formats/server-config';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import type { FileSource } from '../../../server/src/formats/file-source';
import { LineIndex } from '../../../server/src/model/line-index';
import { isStandardRule, type AttributeFlow, type InputReading, type Range, type SyncRule } from '../../../server/src/model';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../../support/corpus';

const contoso = corpusPath('server-config', 'contoso-1.1.130');
const contosoModified = corpusPath('server-config', 'contoso-1.1.130-modified');
const fabrikam = fixturePath('server-config', 'fabrikam');
const malformed = fixturePath('server-config', 'malformed');

const AAD_CONNECTOR = 'b891884f-051e-4a83-95af-2544101c9083';

function read(folder: string): InputReading {
  return readServerConfig(folder, nodeFileSource);
}

/** The raw characters a range covers: proves a range instead of trusting it. */
function textAt(file: string, range: Range | undefined, files: FileSource = nodeFileSource): string {
  assert.ok(range, `no range in ${file}`);
  const lines = new LineIndex(files.readText(file));
  return lines.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

function ruleById(reading: InputReading, id: string): SyncRule {
  const rule = reading.configs[0].rules.find((r) => r.identifier.value === id);
  assert.ok(rule, `rule ${id} not read`);
  return rule;
}

function flowTo(rule: SyncRule, destination: string): AttributeFlow {
  const flow = rule.flows.find((f) => f.destination.value === destination);
  assert.ok(flow, `no flow to ${destination} in ${rule.name.value}`);
  return flow;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** A file system held in memory, for shapes no fixture folder should hold (unreadable files, CRLF text). */
function memorySource(contents: Record<string, string>, unreadable: string[] = []): FileSource {
  const dirs = new Set<string>();
  for (const path of [...Object.keys(contents), ...unreadable]) {
    for (let dir = dirname(path); !dirs.has(dir) && dir !== dirname(dir); dir = dirname(dir)) dirs.add(dir);
  }
  return {
    readText: (path) => {
      if (unreadable.includes(path)) throw new Error(`EACCES: permission denied, open '${path}'`);
      const text = contents[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    isDirectory: (path) => dirs.has(path),
    exists: (path) => dirs.has(path) || path in contents || unreadable.includes(path),
    list: (path) =>
      [...new Set([...Object.keys(contents), ...unreadable, ...dirs].filter((p) => dirname(p) === path).map((p) => p.slice(path.length + 1)))].sort(),
  };
}

describe('server-config: contoso-1.1.130 totals', { skip: skipWithoutCorpus }, () => {
  const reading = skipWithoutCorpus ? undefined : read(contoso);
  const config = () => reading!.configs[0];
  const flows = () => config().rules.flatMap((r) => r.flows);

  it('reads every rule file without a diagnostic', () => {
    assert.equal(reading!.format, 'server-config');
    assert.equal(reading!.source, contoso);
    assert.equal(reading!.configs.length, 1);
    assert.equal(config().label, 'contoso-1.1.130');
    assert.deepEqual(reading!.diagnostics, []);
    assert.equal(config().rules.length, 62);
    assert.equal(reading!.files.length, 62);
    assert.ok(reading!.files.every((f) => f.rules === 1 && /SynchronizationRule_\{[0-9a-f-]+\}\.xml$/.test(f.path)));
  });

  it('counts flows by kind', () => {
    assert.equal(flows().length, 1200);
    assert.equal(flows().filter((f) => f.expression.value !== null).length, 391);
    assert.deepEqual(countBy(flows(), (f) => f.flowType.value ?? 'none'), { Expression: 391, Direct: 802, Constant: 7 });
    // Expression-only mappings (no <src>) such as "%Domain.FQDN%".
    assert.equal(flows().filter((f) => f.sources.value.length === 0).length, 20);
    assert.deepEqual(countBy(flows(), (f) => f.valueMergeType.value ?? 'none'), { Update: 1195, MergeCaseInsensitive: 5 });
    assert.equal(flows().filter((f) => f.executeOnce.value).length, 2);
  });

  it('counts scope and join groups', () => {
    const scopeGroups = config().rules.flatMap((r) => r.scopeGroups);
    const joinGroups = config().rules.flatMap((r) => r.joinGroups);
    assert.equal(scopeGroups.length, 48);
    assert.equal(scopeGroups.flatMap((g) => g.conditions).length, 92);
    assert.deepEqual(countBy(scopeGroups.flatMap((g) => g.conditions), (c) => c.operator.value ?? 'none'), {
      NOTEQUAL: 35, EQUAL: 26, ISNOTNULL: 21, NOTSTARTSWITH: 6, LESSTHAN: 2, ISBITNOTSET: 2,
    });
    assert.equal(joinGroups.length, 40);
    assert.equal(joinGroups.flatMap((g) => g.conditions).filter((c) => c.caseSensitive.value).length, 3);
  });

  it('finds only out-of-box rules, sorted by precedence', () => {
    assert.equal(config().rules.filter((r) => !isStandardRule(r)).length, 0);
    const precedences = config().rules.map((r) => r.precedence.value!);
    assert.deepEqual(precedences, [...precedences].sort((a, b) => a - b));
    assert.equal(precedences[0], 100);
    assert.equal(config().rules.filter((r) => r.disabled.value).length, 0);
    assert.equal(config().rules.filter((r) => r.enablePasswordSync.value).length, 2);
  });

  it('reads both connectors and resolves every rule connector name', () => {
    assert.deepEqual(
      config().connectors.map((c) => [c.id, c.name, c.category, c.subtype]),
      [
        ['ae4db4cc-b16b-4eb2-acf5-837ca84e4d7d', 'contoso.com', 'AD', ''],
        [AAD_CONNECTOR, 'contoso.onmicrosoft.com - AAD', 'Extensible2', 'Windows Azure Active Directory (Microsoft)'],
      ],
    );
    // File names and <id> disagree on GUID case (lower vs upper) in this export.
    assert.ok(config().connectors.every((c) => c.file?.toLowerCase().endsWith(`connector_{${c.id}}.xml`)));
    assert.deepEqual(countBy(config().rules, (r) => r.connector.name.value ?? 'null'), {
      'contoso.com': 29, 'contoso.onmicrosoft.com - AAD': 33,
    });
  });

  it('reads the global settings', () => {
    const settings = config().globalSettings!;
    assert.equal(settings.server, 'CONTOSO-SYNC01');
    assert.equal(settings.serverConfigurationVersion, '1.1.130.0');
    assert.equal(settings.anchorAttribute, 'objectGUID');
    assert.equal(settings.upnAttribute, 'userPrincipalName');
    assert.equal(Object.keys(settings.parameters).length, 37);
    assert.equal(settings.parameters['Microsoft.SynchronizationOption.JoinCriteria'], 'ObjectSID');
    assert.equal(settings.parameters['Microsoft.OptionalFeature.FilterAAD'], 'False');
    assert.equal(settings.parameters['Microsoft.GroupWriteBack.Forest'], '');
  });
});

describe('server-config: contoso-1.1.130 values and their ranges', { skip: skipWithoutCorpus }, () => {
  const reading = skipWithoutCorpus ? undefined : read(contoso);
  const groupJoin = () => ruleById(reading!, '039dcc3a-1513-4c08-b296-0973691e644a');

  it('rule header of "Out to AAD - Group Join"', () => {
    const rule = groupJoin();
    const file = rule.file;
    assert.match(file, /SynchronizationRule_\{039dcc3a-1513-4c08-b296-0973691e644a\}\.xml$/);
    assert.equal(rule.name.value, 'Out to AAD - Group Join');
    assert.equal(textAt(file, rule.name.range), 'Out to AAD - Group Join');
    assert.equal(textAt(file, rule.selectionRange), 'Out to AAD - Group Join');
    assert.equal(textAt(file, rule.identifier.range), '{039dcc3a-1513-4c08-b296-0973691e644a}');
    assert.equal(rule.description.value, '');
    assert.equal(textAt(file, rule.description.range), '<description />');
    assert.equal(rule.immutableTag.value, 'Microsoft.OuttoAADGroupJoin.006');
    assert.equal(textAt(file, rule.immutableTag.range), 'Microsoft.OuttoAADGroupJoin.006');
    assert.equal(rule.direction.value, 'Outbound');
    assert.equal(textAt(file, rule.direction.range), 'Outbound');
    assert.equal(rule.precedence.value, 139);
    assert.equal(textAt(file, rule.precedence.range), '139');
    assert.equal(rule.precedenceAfter.value, '00000000-0000-0000-0000-000000000000');
    assert.equal(textAt(file, rule.precedenceBefore.range), '{00000000-0000-0000-0000-000000000000}');
    assert.equal(rule.connector.id.value, AAD_CONNECTOR);
    assert.equal(textAt(file, rule.connector.id.range), `{${AAD_CONNECTOR}}`);
    assert.equal(rule.connector.name.value, 'contoso.onmicrosoft.com - AAD');
    assert.equal(rule.linkType.value, 'Provision');
    assert.equal(textAt(file, rule.sourceObjectType.range), 'group');
    assert.equal(rule.disabled.value, false);
    assert.equal(textAt(file, rule.disabled.range), 'False');
    assert.equal(rule.softDeleteExpiryInterval.value, '00:00:00');
    assert.equal(textAt(file, rule.softDeleteExpiryInterval.range), '00:00:00');
    assert.equal(rule.committed, true);
  });

  it('the rule range is the whole <synchronizationRule> element', () => {
    const text = textAt(groupJoin().file, groupJoin().range);
    assert.ok(text.startsWith('<synchronizationRule>\n  <id>'));
    assert.ok(text.endsWith('</synchronizationRule>'));
    assert.equal(text, nodeFileSource.readText(groupJoin().file).trim());
  });

  it('expressions are decoded, their ranges cover the escaped text', () => {
    const rule = groupJoin();
    const dn = flowTo(rule, 'dn');
    assert.equal(dn.flowType.value, 'Expression');
    assert.equal(dn.expression.value, '"CN={" & ConvertToUTF8Hex([sourceAnchor]) & "}"');
    assert.equal(textAt(rule.file, dn.expression.range), '"CN={" &amp; ConvertToUTF8Hex([sourceAnchor]) &amp; "}"');
    assert.deepEqual(dn.sources.value, ['sourceAnchor']);
    const member = flowTo(rule, 'member');
    assert.equal(member.expression.value, 'IIF(([memberCount]> 50000),Error("Maximum Group member count exceeded"),IgnoreThisFlow)');
    assert.equal(textAt(rule.file, member.expression.range), 'IIF(([memberCount]&gt; 50000),Error("Maximum Group member count exceeded"),IgnoreThisFlow)');
    const anchor = flowTo(rule, 'sourceAnchor');
    assert.deepEqual(anchor.sources.value, ['cloudSourceAnchor', 'sourceAnchor']);
  });

  it('a Direct flow and its mapping range', () => {
    const rule = groupJoin();
    const flow = flowTo(rule, 'commonName');
    assert.equal(flow.flowType.value, 'Direct');
    assert.deepEqual(flow.sources.value, ['cn']);
    assert.equal(flow.expression.value, null);
    assert.equal(textAt(rule.file, flow.destination.range), 'commonName');
    assert.equal(textAt(rule.file, flow.valueMergeType.range), 'Update');
    assert.equal(
      textAt(rule.file, flow.range),
      '<mapping>\n      <dest>commonName</dest>\n      <src>\n        <attr>cn</attr>\n      </src>\n      <valueMergeType>Update</valueMergeType>\n    </mapping>',
    );
  });

  it('join and scope conditions of "Out to AAD - Group Join"', () => {
    const rule = groupJoin();
    assert.equal(rule.joinGroups.length, 1);
    const join = rule.joinGroups[0].conditions[0];
    assert.equal(join.csAttribute.value, 'sourceAnchor');
    assert.equal(textAt(rule.file, join.mvAttribute.range), 'sourceAnchor');
    assert.equal(join.caseSensitive.value, false);
    assert.equal(join.caseSensitive.range, undefined);
    const scope = rule.scopeGroups[0].conditions[0];
    assert.deepEqual([scope.attribute.value, scope.operator.value, scope.value.value], ['cloudFiltered', 'NOTEQUAL', 'True']);
    assert.equal(textAt(rule.file, scope.operator.range), 'NOTEQUAL');
    assert.ok(textAt(rule.file, scope.range).startsWith('<scope>'));
    assert.ok(textAt(rule.file, rule.scopeGroups[0].range).startsWith('<conditions>'));
  });

  it('execute-once flows of "In from AD - Computer Join"', () => {
    const rule = ruleById(reading!, 'd79c6b03-a3d5-4160-8b12-87eff97ab7be');
    assert.equal(rule.name.value, 'In from AD - Computer Join');
    assert.equal(rule.connector.name.value, 'contoso.com');
    const cloudCreated = flowTo(rule, 'cloudCreated');
    assert.equal(cloudCreated.flowType.value, 'Constant');
    assert.deepEqual(cloudCreated.sources.value, ['False']);
    assert.equal(textAt(rule.file, cloudCreated.sources.range), 'False');
    assert.equal(cloudCreated.executeOnce.value, true);
    assert.equal(textAt(rule.file, cloudCreated.executeOnce.range), 'true');
    assert.equal(cloudCreated.range.start.line, 82);
    const owner = flowTo(rule, 'registeredOwnerReference');
    assert.equal(owner.flowType.value, 'Direct');
    assert.equal(owner.executeOnce.value, true);
    assert.equal(flowTo(rule, 'userCertificate').executeOnce.value, false);
  });

  it('an empty <csValue /> is the empty string at the element', () => {
    const rule = groupJoin();
    const empty = rule.scopeGroups.flatMap((g) => g.conditions).filter((c) => c.operator.value === 'ISNOTNULL');
    assert.equal(empty.length, 6);
    assert.ok(empty.every((c) => c.value.value === ''));
    assert.equal(empty[0].attribute.value, 'sourceAnchor');
    assert.deepEqual(empty[0].value.range, { start: { line: 84, character: 8 }, end: { line: 84, character: 19 } });
    assert.equal(textAt(rule.file, empty[0].value.range), '<csValue />');
  });

  it('caseSensitive True is read from a condition that writes it first', () => {
    const rule = ruleById(reading!, '236ab8bc-be8b-419a-8909-e29d32e84852');
    const condition = rule.joinGroups[0].conditions[0];
    assert.equal(condition.caseSensitive.value, true);
    assert.equal(textAt(rule.file, condition.caseSensitive.range), 'True');
    assert.equal(condition.csAttribute.value, 'sourceAnchor');
  });

  it('EnablePasswordSync of "In from AD - User AccountEnabled"', () => {
    const rule = ruleById(reading!, '0a1f95e3-265a-44fc-ad7c-80e267b05c06');
    assert.equal(rule.name.value, 'In from AD - User AccountEnabled');
    assert.equal(rule.enablePasswordSync.value, true);
    assert.equal(textAt(rule.file, rule.enablePasswordSync.range), 'true');
    assert.equal(rule.precedence.value, 102);
  });

  it('"&amp;&amp;" in the cloudFiltered expression of "In from AD - User Join"', () => {
    const rule = ruleById(reading!, '0b088913-b613-4d9d-9563-9988b7719ed6');
    const flow = flowTo(rule, 'cloudFiltered');
    assert.ok(flow.expression.value!.includes('(Left([mailNickname], 4) = "CAS_" && (InStr([mailNickname], "}") > 0))'));
    assert.ok(!flow.expression.value!.includes('&amp;'));
    const raw = textAt(rule.file, flow.expression.range);
    assert.ok(raw.includes('(Left([mailNickname], 4) = "CAS_" &amp;&amp; (InStr([mailNickname], "}") &gt; 0))'));
    assert.equal(raw.replaceAll('&amp;', '&').replaceAll('&gt;', '>').replaceAll('&lt;', '<').replaceAll('&quot;', '"'), flow.expression.value);
  });
});

describe('server-config: contoso-1.1.130-modified', { skip: skipWithoutCorpus }, () => {
  const reading = skipWithoutCorpus ? undefined : read(contosoModified);
  const rules = () => reading!.configs[0].rules;

  it('reads 62 rules without a diagnostic', () => {
    assert.deepEqual(reading!.diagnostics, []);
    assert.equal(rules().length, 62);
    assert.equal(reading!.configs[0].label, 'contoso-1.1.130-modified');
  });

  it('the added custom rule comes first, with an empty tag', () => {
    const rule = ruleById(reading!, '1f21b4c3-bceb-44aa-ae06-89ccf94338a8');
    assert.equal(rules()[0], rule);
    assert.equal(rule.name.value, 'Custom In from AD - User Join Filter SVC Accounts');
    assert.equal(rule.precedence.value, 50);
    assert.equal(rule.immutableTag.value, '');
    assert.equal(textAt(rule.file, rule.immutableTag.range), '<immutable-tag />');
    assert.equal(isStandardRule(rule), false);
    assert.equal(rules().filter((r) => !isStandardRule(r)).length, 1);
    assert.equal(rule.connector.name.value, 'contoso.com');
    assert.ok(flowTo(rule, 'cloudFiltered').expression.value!.includes('Left([sAMAccountName], 4) = "SVC_"'));
    assert.ok(rule.description.value!.startsWith('Cloned from the out-of-box rule "In from AD - User Join"'));
  });

  it('"Out to AAD - User DynamicsCRM" is disabled', () => {
    const rule = ruleById(reading!, '30c8be37-91c3-45ba-9f97-f9a0b38a0df0');
    assert.equal(rule.name.value, 'Out to AAD - User DynamicsCRM');
    assert.equal(rule.disabled.value, true);
    assert.equal(textAt(rule.file, rule.disabled.range), 'True');
    assert.deepEqual(rules().filter((r) => r.disabled.value).map((r) => r.name.value), ['Out to AAD - User DynamicsCRM']);
  });

  it('the department mapping of "In from AD - User Common" changed', () => {
    const rule = ruleById(reading!, 'c93c2c84-f29f-4d43-bc3b-fa439a2fb1c1');
    assert.equal(rule.name.value, 'In from AD - User Common');
    const flow = flowTo(rule, 'department');
    assert.equal(flow.expression.value, 'IIF(IsNullOrEmpty([department]),"Unassigned",Trim([department]))');
    assert.equal(textAt(rule.file, flow.expression.range), flow.expression.value);
    const original = ruleById(read(contoso), 'c93c2c84-f29f-4d43-bc3b-fa439a2fb1c1');
    assert.equal(flowTo(original, 'department').expression.value, 'Trim([department])');
  });

  it('"Out to AAD - Contact SharePointOnline" is gone', () => {
    assert.equal(rules().find((r) => r.identifier.value?.startsWith('91b67d5b')), undefined);
    assert.equal(rules().find((r) => r.name.value === 'Out to AAD - Contact SharePointOnline'), undefined);
    assert.ok(ruleById(read(contoso), '91b67d5b-5755-45d3-9e07-f2be8a02f4ec'));
  });
});

describe('server-config: fixture rule shapes', () => {
  const reading = read(fabrikam);
  const custom = () => ruleById(reading, '6b7c1d2e-3f40-4a51-9b62-7c83d94ea5f6');

  it('reads the three rules, sorted by precedence then name, and skips files that are not XML', () => {
    assert.deepEqual(reading.diagnostics, []);
    assert.deepEqual(
      reading.configs[0].rules.map((r) => [r.precedence.value, r.name.value]),
      [
        [20, 'Fabrikam In from AD - User Contractors'],
        [20, 'Fabrikam Out to AAD - User Contractors'],
        [100, 'In from AD - User Join'],
      ],
    );
    assert.equal(reading.files.length, 3);
    assert.ok(reading.files.every((f) => f.rules === 1 && f.path.endsWith('.xml')));
  });

  it('a custom rule: empty tag, upper-case GUIDs normalised, entity in the description', () => {
    const rule = custom();
    assert.equal(isStandardRule(rule), false);
    assert.equal(rule.immutableTag.value, '');
    assert.equal(rule.identifier.value, '6b7c1d2e-3f40-4a51-9b62-7c83d94ea5f6');
    assert.equal(textAt(rule.file, rule.identifier.range), '{6B7C1D2E-3F40-4A51-9B62-7C83D94EA5F6}');
    assert.equal(rule.precedenceAfter.value, '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0');
    assert.equal(rule.description.value, 'Marks contractors & vendors; hand-written fixture.');
    assert.equal(textAt(rule.file, rule.description.range), 'Marks contractors &amp; vendors; hand-written fixture.');
    assert.equal(rule.disabled.value, true);
    assert.equal(rule.linkType.value, 'Join');
    assert.equal(rule.connector.name.value, 'fabrikam.local');
  });

  it('Expression, Constant, Direct and expression-only flows', () => {
    const rule = custom();
    assert.equal(rule.flows.length, 4);
    const expression = flowTo(rule, 'extensionAttribute5');
    assert.equal(expression.flowType.value, 'Expression');
    assert.equal(expression.expression.value, 'IIF([employeeType] = "C" && Len([company]) > 0,"Contractor: " & [company],NULL)');
    assert.equal(
      textAt(rule.file, expression.expression.range),
      'IIF([employeeType] = "C" &amp;&amp; Len([company]) &gt; 0,"Contractor: " &amp; [company],NULL)',
    );
    assert.deepEqual(expression.sources.value, ['employeeType', 'company']);

    const constant = flowTo(rule, 'cloudCreated');
    assert.equal(constant.flowType.value, 'Constant');
    assert.deepEqual(constant.sources.value, ['False']);
    assert.equal(constant.executeOnce.value, true);
    assert.equal(textAt(rule.file, constant.executeOnce.range), 'true');

    const direct = flowTo(rule, 'department');
    assert.equal(direct.flowType.value, 'Direct');
    assert.deepEqual(direct.sources.value, ['department']);
    assert.equal(direct.valueMergeType.value, 'MergeCaseInsensitive');
    assert.equal(direct.executeOnce.value, false);

    const expressionOnly = flowTo(rule, 'domainFQDN');
    assert.equal(expressionOnly.flowType.value, 'Expression');
    assert.deepEqual(expressionOnly.sources.value, []);
    assert.equal(expressionOnly.sources.range, undefined);
    assert.equal(expressionOnly.expression.value, '"%Domain.FQDN%"');
  });

  it('join groups with and without caseSensitive', () => {
    const groups = custom().joinGroups;
    assert.equal(groups.length, 2);
    assert.deepEqual(
      groups.map((g) => g.conditions.map((c) => [c.csAttribute.value, c.mvAttribute.value, c.caseSensitive.value])),
      [
        [['employeeID', 'employeeID', true], ['mail', 'mail', false]],
        [['userPrincipalName', 'userPrincipalName', false]],
      ],
    );
    assert.equal(textAt(custom().file, groups[0].conditions[0].caseSensitive.range), 'True');
    assert.equal(groups[0].conditions[1].caseSensitive.range, undefined);
    assert.equal(textAt(custom().file, groups[1].conditions[0].caseSensitive.range), 'false');
  });

  it('scope groups, including an empty <csValue />', () => {
    const rule = custom();
    assert.deepEqual(
      rule.scopeGroups.map((g) => g.conditions.map((c) => [c.attribute.value, c.operator.value, c.value.value])),
      [
        [['employeeType', 'EQUAL', 'C'], ['company', 'ISNOTNULL', '']],
        [['userAccountControl', 'ISBITNOTSET', '2']],
      ],
    );
    assert.equal(textAt(rule.file, rule.scopeGroups[0].conditions[1].value.range), '<csValue />');
  });

  it('defaults when elements are absent or empty', () => {
    const standard = ruleById(reading, '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0');
    assert.equal(isStandardRule(standard), true);
    // Very old exports have no <disabled>.
    assert.deepEqual(standard.disabled, { value: false });
    assert.deepEqual(standard.scopeGroups, []);
    assert.equal(standard.connector.id.value, '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9');
    assert.equal(standard.connector.name.value, 'fabrikam.local');

    const outbound = ruleById(reading, 'a1b2c3d4-e5f6-4071-8293-a4b5c6d7e8f9');
    assert.equal(outbound.connector.id.value, 'd4c3b2a1-0000-4000-8000-000000000001');
    assert.equal(outbound.connector.name.value, null, 'no connector file for this GUID');
    assert.equal(outbound.enablePasswordSync.value, true);
    assert.deepEqual(outbound.joinGroups, []);
    assert.deepEqual(flowTo(outbound, 'extensionAttribute5').sources.value, ['extensionAttribute5']);
  });

  it('ranges hold with CRLF line endings', () => {
    const crlf: Record<string, string> = {};
    for (const file of reading.files) crlf[file.path] = nodeFileSource.readText(file.path).replaceAll('\n', '\r\n');
    const source = memorySource(crlf);
    const fromCrlf = readServerConfig(fabrikam, source);
    const rule = ruleById(fromCrlf, '6b7c1d2e-3f40-4a51-9b62-7c83d94ea5f6');
    const flow = flowTo(rule, 'extensionAttribute5');
    assert.equal(flow.expression.range?.start.line, custom().flows[0].expression.range?.start.line);
    assert.equal(textAt(rule.file, flow.expression.range, source), textAt(custom().file, custom().flows[0].expression.range));
    assert.equal(textAt(rule.file, rule.name.range, source), 'Fabrikam In from AD - User Contractors');
    const whole = textAt(rule.file, rule.range, source);
    assert.ok(whole.startsWith('<synchronizationRule>\r\n  <id>') && whole.endsWith('</synchronizationRule>'));
  });
});

describe('server-config: fixture connectors and global settings', () => {
  const reading = read(fabrikam);

  it('connectors: lower-case id, name, category, subtype, file', () => {
    assert.deepEqual(
      reading.configs[0].connectors.map(({ id, name, category, subtype }) => ({ id, name, category, subtype })),
      [
        { id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', name: 'fabrikam.local', category: 'AD', subtype: '' },
        { id: AAD_CONNECTOR, name: 'fabrikam.onmicrosoft.com - AAD', category: 'Extensible2', subtype: 'Windows Azure Active Directory (Microsoft)' },
      ],
    );
    assert.equal(reading.configs[0].connectors[0].file, join(fabrikam, 'Connectors', 'Connector_{5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9}.xml'));
  });

  it('global settings: server, surfaced parameters and every parameter', () => {
    assert.deepEqual(reading.configs[0].globalSettings, {
      file: join(fabrikam, 'GlobalSettings', 'MV.xml'),
      server: 'FABRIKAM-SYNC02',
      serverConfigurationVersion: '2.3.20.0',
      anchorAttribute: 'mS-DS-ConsistencyGuid',
      upnAttribute: 'mail',
      parameters: {
        'Microsoft.Synchronize.ServerConfigurationVersion': '2.3.20.0',
        'Microsoft.SynchronizationOption.AnchorAttribute': 'mS-DS-ConsistencyGuid',
        'Microsoft.SynchronizationOption.UPNAttribute': 'mail',
        'Microsoft.Synchronize.StagingMode': 'True',
        'Microsoft.OptionalFeature.DirectoryExtensionAttributes': '',
      },
    });
  });
});

describe('server-config: bad input', () => {
  it('malformed XML: one AADC000 at the position saxes reports, the other rules still read', () => {
    const reading = read(malformed);
    assert.equal(reading.diagnostics.length, 1);
    const [d] = reading.diagnostics;
    assert.equal(d.code, 'AADC000');
    assert.equal(d.severity, 1);
    assert.match(d.file, /SynchronizationRule_\{99999999-8888-4777-8666-555555555555\}\.xml$/);
    assert.match(d.message, /^Malformed XML: disallowed character in tag name .*&lt;.*; the rule in this file is not read\.$/);
    // Line 10 is `<expression>IIF(Len([employeeNumber]) < 6,…`; saxes stops just after the space that follows `<`.
    assert.deepEqual(d.range.start, { line: 9, character: 46 });
    assert.equal(nodeFileSource.readText(d.file).split('\n')[9].slice(44, 46), '< ');
    assert.deepEqual(reading.configs[0].rules.map((r) => r.name.value), ['Malformed Fixture - Good Rule']);
    assert.deepEqual(reading.files.map((f) => f.rules), [1, 0]);
    // No Connectors or GlobalSettings folder: nothing to report, nothing resolved.
    assert.deepEqual(reading.configs[0].connectors, []);
    assert.equal(reading.configs[0].globalSettings, undefined);
    assert.equal(reading.configs[0].rules[0].connector.name.value, null);
  });

  it('a missing SynchronizationRules folder is a diagnostic, not a throw', () => {
    const reading = read(join(fabrikam, 'GlobalSettings'));
    assert.equal(reading.configs.length, 1);
    assert.deepEqual(reading.configs[0].rules, []);
    assert.equal(reading.diagnostics.length, 1);
    assert.equal(reading.diagnostics[0].code, 'AADC000');
    assert.match(reading.diagnostics[0].message, /has no SynchronizationRules folder/);
    const absent = read(join(fabrikam, 'no-such-folder'));
    assert.match(absent.diagnostics[0].message, /is not a folder/);
  });

  it('unreadable, empty and foreign files each give one diagnostic', () => {
    const root = '/export';
    const rules = join(root, 'SynchronizationRules');
    const good = nodeFileSource.readText(join(fabrikam, 'SynchronizationRules', 'SynchronizationRule_{0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0}.xml'));
    const source = memorySource(
      {
        [join(rules, 'a-good.xml')]: good,
        [join(rules, 'b-empty.xml')]: '',
        [join(rules, 'c-foreign.xml')]: '<ma-data>\n  <name>x</name>\n</ma-data>',
        [join(root, 'Connectors', 'Connector_{x}.xml')]: '<ma-data><id>{5E6F7A8B-9C0D-4E1F-A2B3-C4D5E6F7A8B9}</id><name>fab</name',
        [join(root, 'GlobalSettings', 'MV.xml')]: "<saved-mv-configuration server='S'><mv-data></saved-mv-configuration>",
      },
      [join(rules, 'd-locked.xml')],
    );
    const reading = readServerConfig(root, source);
    assert.deepEqual(reading.configs[0].rules.map((r) => r.name.value), ['In from AD - User Join']);
    assert.deepEqual(reading.files.map((f) => f.rules), [1, 0, 0, 0]);
    assert.deepEqual(
      reading.diagnostics.map((d) => [d.file.slice(root.length + 1), d.code, d.range.start.line]),
      [
        ['Connectors/Connector_{x}.xml', 'AADC000', 0],
        ['GlobalSettings/MV.xml', 'AADC000', 0],
        ['SynchronizationRules/b-empty.xml', 'AADC000', 0],
        ['SynchronizationRules/c-foreign.xml', 'AADC000', 0],
        ['SynchronizationRules/d-locked.xml', 'AADC000', 0],
      ],
    );
    const messages = reading.diagnostics.map((d) => d.message);
    assert.match(messages[0], /^Malformed XML: .*; connector names from this file are unknown\.$/);
    assert.match(messages[1], /^Malformed XML: unexpected close tag; the global settings are not read\.$/);
    assert.match(messages[2], /^Malformed XML: document must contain a root element; /);
    assert.match(messages[3], /^Expected a <synchronizationRule> element, found <ma-data>; /);
    assert.match(messages[4], /^Cannot read the file \(EACCES: permission denied.*\); the rule in this file is not read\.$/);
    assert.equal(reading.configs[0].rules[0].connector.name.value, null, 'the broken connector file resolves nothing');
  });
});
