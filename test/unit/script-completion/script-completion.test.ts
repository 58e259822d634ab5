import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { scriptCompletion } from '../../../server/src/service/script-completion/script-completion';
import { open } from '../service/support/documents';
import { sliceRange, withCursor } from '../service/support/cursor';
import { AD_CONNECTOR, ENTRA_CONNECTOR, newRule, script } from './fixtures';
import { WorkspaceRuleIndex } from '../../../server/src/service/workspace-index';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../../support/corpus';

/** Completion at the `$0` of `marked`: the items and the text without the marker. */
function complete(marked: string): { items: CompletionItem[]; text: string } {
  const { text, position } = withCursor(marked);
  return { items: scriptCompletion(open(text), position)?.items ?? [], text };
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const edit = (item: CompletionItem) => item.textEdit as TextEdit;
const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));

/** Every item replaces exactly `replaced` in the text. */
function assertReplaces(items: CompletionItem[], text: string, replaced: string) {
  assert.ok(items.length > 0);
  for (const item of items) assert.equal(sliceRange(text, edit(item).range), replaced, String(item.label));
}

describe('script completion: cmdlet names', () => {
  it('a partly typed name at the start of a statement is replaced by the cmdlet', () => {
    const { items, text } = complete(script(['New-AD$0', '', '']));
    assert.ok(labels(items).includes('New-ADSyncRule'));
    assertReplaces(items, text, 'New-AD');
    assert.equal(edit(items.find((i) => i.label === 'New-ADSyncRule')!).newText, 'New-ADSyncRule');
  });

  it('on an empty line between commands: every sync cmdlet, New-Object with its condition types', () => {
    const { items, text } = complete(script(['$0', '']));
    for (const name of ['New-ADSyncRule', 'Add-ADSyncAttributeFlowMapping', 'Add-ADSyncScopeConditionGroup', 'Add-ADSyncJoinConditionGroup', 'Add-ADSyncRule', 'Get-ADSyncRule', 'Remove-ADSyncRule', 'Get-ADSyncConnector']) {
      assert.ok(labels(items).includes(name), name);
    }
    assert.equal(edit(items.find((i) => i.label === 'New-Object ScopeCondition')!).newText, "New-Object -TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition'");
    assert.equal(edit(items.find((i) => i.label === 'New-Object JoinCondition')!).newText, "New-Object -TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition'");
    assertReplaces(items, text, '');
  });
});

describe('script completion: parameters', () => {
  it('after - on a continuation line: the parameters not yet written, mandatory first, each with a detail', () => {
    const marked = script([...newRule({ name: 'x', identifier: '2c3d4e5f-6071-4c8d-8e9f-a0b1c2d3e4f5', direction: 'Inbound', precedence: 60, connector: AD_CONNECTOR }, ['-$0 `'])]);
    const { items, text } = complete(marked);
    const names = labels(items);
    for (const present of ['-Name', '-Direction', '-Connector', '-Precedence', '-OutVariable']) assert.ok(!names.includes(present), present);
    for (const missing of ['-EnablePasswordSync', '-Disabled']) assert.ok(names.includes(missing), missing);
    assert.ok(items.every((i) => typeof i.detail === 'string' && i.detail.length > 0 && !i.detail.includes('\n')));
    assertReplaces(items, text, '-');
  });

  it('a partly typed parameter is replaced whole; present ones are left out', () => {
    const { items, text } = complete(['New-ADSyncRule  `', "-Name 'x' `", '-Prec$0', ''].join('\n'));
    assert.ok(labels(items).includes('-Precedence') && labels(items).includes('-PrecedenceAfter'));
    assert.ok(!labels(items).includes('-Name'));
    assert.equal(sorted(items)[0].label, '-Direction', 'mandatory parameters sort first');
    assertReplaces(items, text, '-Prec');
  });

  it('only parameters of the set already chosen: Add-ADSyncRule -SynchronizationRule takes no rule properties', () => {
    const { items } = complete(['New-ADSyncRule -Name x', 'Add-ADSyncRule  `', '-SynchronizationRule $syncRule[0] `', '-$0'].join('\n'));
    assert.ok(!labels(items).includes('-Name') && !labels(items).includes('-Precedence'));
    assert.ok(labels(items).includes('-WhatIf'));
  });

  it('a - at the end of a line without a backtick: the next command is not part of this one', () => {
    const { items } = complete(['New-ADSyncRule  `', "-Name 'x' `", '-$0', '', '', 'New-ADSyncRule  `', "-Direction 'Inbound'", ''].join('\n'));
    assert.ok(labels(items).includes('-Direction') && !labels(items).includes('-Name'));
    const next = complete(['New-ADSyncRule  `', "-Name 'x' -", 'New-AD$0', ''].join('\n'));
    assert.ok(labels(next.items).includes('New-ADSyncRule'));
  });

  it('no parameters for commands that are not sync cmdlets', () => {
    assert.deepEqual(complete(script(['Write-Host -$0', ''])).items, []);
  });
});

describe('script completion: values', () => {
  const inRule = (line: string) => script([...newRule({ name: 'x', identifier: '2c3d4e5f-6071-4c8d-8e9f-a0b1c2d3e4f5', direction: 'Inbound', precedence: 60, connector: AD_CONNECTOR }).filter((l) => !l.startsWith(line.split(' ')[0] + ' ')).slice(0, -3), `${line} \``, '-OutVariable syncRule', '', '']);

  it('-Direction: the canonical names, quoted, at an empty value', () => {
    const { items, text } = complete(inRule('-Direction $0'));
    assert.deepEqual(labels(items), ['Inbound', 'Outbound']);
    assert.deepEqual(items.map((i) => edit(i).newText), ["'Inbound'", "'Outbound'"]);
    assertReplaces(items, text, '');
  });

  it('-LinkType inside an auto-closed quote: the whole string is replaced', () => {
    const { items, text } = complete(inRule("-LinkType 'Jo$0'"));
    assert.deepEqual(labels(items), ['Provision', 'StickyJoin', 'Join', 'JoinNoFlow']);
    assertReplaces(items, text, "'Jo'");
  });

  it('-FlowType and -ValueMergeType in a flow, with an unterminated quote being typed', () => {
    const flow = (line: string) => ['New-ADSyncRule -Name x', 'Add-ADSyncAttributeFlowMapping  `', '-SynchronizationRule $syncRule[0] `', "-Destination 'title' `", line, '-OutVariable syncRule', ''].join('\n');
    const flowType = complete(flow("-FlowType 'Ex$0 `"));
    assert.deepEqual(labels(flowType.items), ['Direct', 'Constant', 'Expression']);
    assertReplaces(flowType.items, flowType.text, "'Ex");
    assert.deepEqual(labels(complete(flow('-ValueMergeType $0`')).items), ['Update', 'Replace', 'MergeCaseInsensitive', 'Merge']);
  });

  /** A condition on its own still sits in a script that builds a rule. */
  const condition = (lines: string[]) => ['New-ADSyncRule -Name x', '', ...lines].join('\n');

  it("the operator of -ArgumentList 'attr','value','OP' in a scope condition; nothing there for a join condition", () => {
    const scope = complete(condition(['New-Object  `', "-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `", "-ArgumentList 'adminDescription','User_','$0' `", '-OutVariable condition0', '']));
    for (const op of ['ISBITNOTSET', 'NOTSTARTSWITH', 'LESSTHAN_OR_EQUAL', 'EQUAL']) assert.ok(labels(scope.items).includes(op), op);
    assert.ok(!labels(scope.items).includes('ISNOTBITSET') && !labels(scope.items).includes('NOTSTARTWITH'));
    assertReplaces(scope.items, scope.text, "''");
    assert.equal(edit(scope.items.find((i) => i.label === 'ISBITNOTSET')!).newText, "'ISBITNOTSET'");
    const first = complete(condition(['New-Object  `', "-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `", "-ArgumentList '$0' `", '']));
    assert.deepEqual(first.items, []);
    const join = complete(condition(['New-Object  `', "-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' `", "-ArgumentList 'a','b',$0", '']));
    assert.deepEqual(join.items, []);
  });

  it('-Connector: the GUIDs the document uses, named; the Entra connector labelled', () => {
    const { items, text } = complete(inRule('-Connector $0'));
    assert.deepEqual(labels(items), [AD_CONNECTOR, ENTRA_CONNECTOR]);
    assert.equal(edit(items[0]).newText, `'${AD_CONNECTOR}'`);
    assert.match(items[0].detail!, /used by 1 rule in this document/);
    assert.match(items[1].detail!, /Entra ID connector/);
    assertReplaces(items, text, '');
  });

  it('-Connector: then the connectors the rest of the workspace knows, with their names (the real contoso server export)', { skip: skipWithoutCorpus }, () => {
    const { text, position } = withCursor(inRule('-Connector $0'));
    const workspace = new WorkspaceRuleIndex(nodeFileSource, [corpusPath('server-config', 'contoso-1.1.130')]);
    const items = scriptCompletion(open(text), position, { connectors: () => workspace.connectors(new Map(), ''), attributes: () => [] })?.items ?? [];
    // The document's own first, each GUID once.
    assert.deepEqual(labels(items).slice(0, 2), [AD_CONNECTOR, ENTRA_CONNECTOR]);
    assert.equal(new Set(labels(items)).size, items.length);
    const contoso = items.find((i) => /^contoso\.com \(/i.test(i.detail ?? ''));
    assert.ok(contoso, labels(items).join(', '));
    assert.match(String(contoso.label), /^[0-9a-f-]{36}$/);
    assert.equal(edit(contoso).newText, `'${contoso.label}'`);
  });

  it('-Precedence: first a value below 100 that no other rule uses', () => {
    const { items, text } = complete(inRule('-Precedence 6$0'));
    assert.equal(items[0].label, '52');
    assert.equal(items[0].preselect, true);
    assertReplaces(items, text, '6');
  });

  it('-SynchronizationRule: $syncRule[0]', () => {
    const { items, text } = complete(['New-ADSyncRule -Name x', 'Add-ADSyncScopeConditionGroup  `', '-SynchronizationRule $sy$0'].join('\n'));
    assert.deepEqual(items.map((i) => edit(i).newText), ['$syncRule[0]']);
    assertReplaces(items, text, '$sy');
  });
});

describe('script completion: where it stays silent', () => {
  it('ordinary PowerShell that builds no sync rule', () => {
    assert.deepEqual(complete('Get-Service -$0\n').items, []);
  });

  it('inside a comment, and inside a string that takes no known value', () => {
    assert.deepEqual(complete(script(['# New-AD$0', ''])).items, []);
    assert.deepEqual(complete(['New-ADSyncRule  `', "-Name 'In from$0' `", '-OutVariable syncRule', ''].join('\n')).items, []);
  });
});

describe('script completion: attribute names', () => {
  const account = { name: 'In from AD - User Account', identifier: '3d4e5f60-7182-4d9e-8fa0-b1c2d3e4f5a6', direction: 'Inbound' as const, precedence: 61, connector: AD_CONNECTOR };
  /** An inbound rule that reads sAMAccountName into accountName, then a second flow with the cursor in it. */
  const inFlow = (lines: string[]) =>
    script([
      ...newRule(account),
      'Add-ADSyncAttributeFlowMapping  `',
      '-SynchronizationRule $syncRule[0] `',
      "-Source @('sAMAccountName') `",
      "-Destination 'accountName' `",
      "-FlowType 'Direct' `",
      "-ValueMergeType 'Update' `",
      '-OutVariable syncRule',
      '',
      '',
      'Add-ADSyncAttributeFlowMapping  `',
      '-SynchronizationRule $syncRule[0] `',
      ...lines,
      '-OutVariable syncRule',
      '',
    ]);
  const rank = (items: CompletionItem[], name: string) => sorted(items).findIndex((i) => i.label === name);

  it('an item of -Source @(…): the names the rules use, those of the connector space (what an inbound rule reads) first', () => {
    const { items, text } = complete(inFlow(["-Source @('$0') `", "-Destination 'x' `"]));
    assert.ok(rank(items, 'sAMAccountName') >= 0 && rank(items, 'accountName') >= 0);
    assert.ok(rank(items, 'sAMAccountName') < rank(items, 'accountName'), 'the connector-space name first');
    assert.match(items.find((i) => i.label === 'accountName')!.detail!, /^metaverse · used by 1 rule$/);
    assert.equal(edit(items.find((i) => i.label === 'sAMAccountName')!).newText, "'sAMAccountName'");
    assertReplaces(items, text, "''");
    // After a comma, the next item of the same list.
    assert.ok(labels(complete(inFlow(["-Source @('givenName',$0) `", "-Destination 'x' `"])).items).includes('sAMAccountName'));
  });

  it('-Destination: the metaverse names (what an inbound rule writes) first', () => {
    const { items } = complete(inFlow(["-Source @('sn') `", "-Destination $0 `"]));
    assert.ok(rank(items, 'accountName') < rank(items, 'sAMAccountName'));
  });

  it('join and scope conditions: the connector-space attribute, then the metaverse one of a join; the scope attribute', () => {
    const join = (args: string) => complete(script([...newRule(account), 'New-Object  `', "-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' `", `-ArgumentList ${args} \``, '-OutVariable condition0', '']));
    assert.ok(rank(join('$0').items, 'givenName') >= 0);
    const mv = join("'employeeID',$0").items;
    assert.ok(rank(mv, 'givenName') >= 0, 'the metaverse givenName the first rule writes');
    const scope = complete(script([...newRule(account), 'New-Object  `', "-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `", '-ArgumentList $0 `', '-OutVariable condition0', '']));
    assert.ok(labels(scope.items).includes('givenName'));
    // The operator slot still offers operators, not names.
    const operator = complete(script([...newRule(account), 'New-Object  `', "-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `", "-ArgumentList 'department','Sales',$0 `", '-OutVariable condition0', '']));
    assert.ok(labels(operator.items).includes('EQUAL') && !labels(operator.items).includes('givenName'));
  });

  it('names the rest of the workspace uses come too', () => {
    const { text, position } = withCursor(inFlow(["-Source @('$0') `", "-Destination 'x' `"]));
    const elsewhere = new WorkspaceRuleIndex(nodeFileSource, [fixturePath('navigation', 'attributes')]);
    const items = scriptCompletion(open(text), position, { connectors: () => [], attributes: () => elsewhere.attributeOccurrences(new Map(), '') })?.items ?? [];
    assert.ok(labels(items).includes('extensionAttribute1') && labels(items).includes('sAMAccountName'));
  });
});
