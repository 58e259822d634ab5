import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { foldingRanges } from '../../../server/src/service/navigation';
import { readExpressionDocument } from '../../../server/src/service/expression-features/expression-document';
import { at } from '../service/support/cursor';
import { navigationFixture } from './support';

const { text, doc } = navigationFixture('two-rules.ps1');

describe('folding ranges', () => {
  const folds = foldingRanges(doc);
  const foldAt = (line: number) => folds.find((f) => f.startLine === line);

  it('folds each rule from New-ADSyncRule to its last command', () => {
    assert.deepEqual(foldAt(at(text, '$0New-ADSyncRule').line), {
      startLine: at(text, '$0New-ADSyncRule').line,
      endLine: at(text, "-Identifier '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f$0'", 1).line,
    });
    assert.equal(foldAt(at(text, '$0New-ADSyncRule', 1).line)?.endLine, at(text, "-Identifier '633c9cc8-9a74-4912-92d0-f93fae31d89a$0'", 1).line);
  });

  it('folds each command that spans lines, from its name to its last parameter', () => {
    const mapping = at(text, '$0Add-ADSyncAttributeFlowMapping');
    assert.deepEqual(foldAt(mapping.line), { startLine: mapping.line, endLine: at(text, "-ValueMergeType 'Update' `\n-OutVariable$0 syncRule").line });
    const group = at(text, '$0Add-ADSyncScopeConditionGroup');
    assert.equal(foldAt(group.line)?.endLine, group.line + 3);
  });

  it('gives one fold per start line (editors keep only one) and none for a one-line command', () => {
    assert.equal(new Set(folds.map((f) => f.startLine)).size, folds.length);
    const oneLine = readExpressionDocument({ file: 'C:\\x.ps1', text: "Get-ADSyncRule -Identifier '633c9cc8-9a74-4912-92d0-f93fae31d89a'\n", format: 'powershell' });
    assert.deepEqual(foldingRanges(oneLine), []);
  });
});
