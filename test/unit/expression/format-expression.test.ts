import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import type { TextEdit } from 'vscode-languageserver-types';
import { formatExpressionAction } from '../../../server/src/service/code-actions';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { LineIndex } from '../../../server/src/model/line-index';
import { parseExpression } from '../../../server/src/expression/parser';
import { shape } from '../../../server/src/expression/print';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';
import { treeSitterError } from '../../support/tree-sitter';
import { readExpressionDocument } from '../../../server/src/service/expression-features/expression-document';

function apply(text: string, edit: TextEdit): string {
  const lines = new LineIndex(text);
  return text.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + text.slice(lines.offsetAt(edit.range.end));
}

/** Formats the expression at every flow of a script and checks the script around it still reads the same. */
function formatEach(file: string, text: string) {
  const before = readPowerShellScript(file, text);
  let formatted = 0;
  const outputs: string[] = [];
  before.configs[0].rules.forEach((rule, r) =>
    rule.flows.forEach((flow, f) => {
      if (!flow.expression.range) return;
      const action = formatExpressionAction('file:///x', readExpressionDocument({ file, text }), { start: flow.expression.range.start, end: flow.expression.range.start }, 60);
      if (!action) return;
      const output = apply(text, action.edit!.changes!['file:///x'][0]);
      outputs.push(output);
      const after = readPowerShellScript(file, output);
      assert.deepEqual(after.diagnostics, [], 'the script stays valid PowerShell');
      const again = after.configs[0].rules[r].flows[f].expression.value!;
      assert.ok(again.includes('\n'), 'laid out over several lines');
      assert.deepEqual(shape(parseExpression(again).root), shape(parseExpression(flow.expression.value!).root), 'the same tree');
      assert.deepEqual(after.configs[0].rules.map((x) => x.flows.length), before.configs[0].rules.map((x) => x.flows.length));
      formatted++;
    }),
  );
  return { formatted, outputs };
}

async function assertTreeSitterClean(outputs: string[]) {
  for (const output of outputs) assert.equal(await treeSitterError(output), undefined, 'tree-sitter-powershell reads the formatted script cleanly');
}

describe('format expression', () => {
  test('a long expression with doubled quotes is laid out, and the script around it stays valid', async () => {
    const text = [
      "New-ADSyncRule -Name 'x' -Direction 'Inbound' -Connector '6a1f2e3d-4c5b-4a69-8877-665544332211' -SourceObjectType 'user' -TargetObjectType 'person' -LinkType 'Join' -OutVariable syncRule",
      "Add-ADSyncAttributeFlowMapping -SynchronizationRule $syncRule[0] -Destination 'displayName' -FlowType 'Expression' -Expression 'IIF(IsPresent([sn]) && [sn] = \"O''Brien\", Trim([givenName]) & \" \" & Trim([sn]), IIF(IsPresent([displayName]), [displayName], NULL))' -OutVariable syncRule",
      'Add-ADSyncRule -SynchronizationRule $syncRule[0]',
    ].join('\n');
    const { formatted, outputs } = formatEach('a.ps1', text);
    assert.equal(formatted, 1);
    await assertTreeSitterClean(outputs);
  });

  test('a short expression gets no action', () => {
    const text = "New-ADSyncRule -Name 'x' -Direction 'Inbound' -Connector 'c' -SourceObjectType 'u' -TargetObjectType 'p' -LinkType 'Join' -OutVariable syncRule\nAdd-ADSyncAttributeFlowMapping -SynchronizationRule $syncRule[0] -Destination 'd' -FlowType 'Expression' -Expression 'Trim([x])' -OutVariable syncRule\n";
    const at = { line: 1, character: text.split('\n')[1].indexOf('Trim') };
    assert.equal(formatExpressionAction('file:///x', readExpressionDocument({ file: 'b.ps1', text }), { start: at, end: at }), undefined);
  });

  test('every long expression of the standard-rules export formats to the same tree', { skip: skipWithoutCorpus }, async () => {
    const file = corpusPath('sre-exports', 'sre_export_standard_rules_excerpt.ps1');
    const { formatted, outputs } = formatEach(file, fs.readFileSync(file, 'utf8'));
    assert.ok(formatted > 20);
    await assertTreeSitterClean(outputs.slice(0, 10));
  });
});
