import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { wildcardMatches } from '../../../../server/src/checks/rules/out-of-box/rule-selection';
import { lintFixture, lintText } from './lint-fixture';

describe('AADC002 and the Config Documenter clean-up', () => {
  test('the clean-up is quiet because the script re-creates that name as a custom rule; without the re-creation it deletes the shipped rule', () => {
    const { fixture } = lintFixture('oob-rule-deleted.clean.ps1');
    const start = fixture.text.indexOf('New-ADSyncRule `\n-Name $syncRuleName');
    const end = fixture.text.indexOf('Add-ADSyncRule -SynchronizationRule $syncRule[0] | Out-Null', start);
    assert.ok(start > 0 && end > start);
    const withoutRecreation = fixture.text.slice(0, start) + fixture.text.slice(end);
    const found = lintText('cleanup.ps1', withoutRecreation).filter((d) => d.code === 'AADC002');
    assert.deepEqual(found.map((d) => d.message.match(/'[^']+'/)?.[0]), ["'In from AD - User Join'"]);
  });

  test('a variable holds the name it had when the selection was made', () => {
    const text = [
      "$n = 'In from AD - User Join'",
      '$r = Get-ADSyncRule | Where-Object { $_.Name -eq $n }',
      "$n = 'My own rule'",
      '$r | Remove-ADSyncRule',
      'Get-ADSyncRule | Where-Object { $_.Name -eq $n } | Remove-ADSyncRule',
    ].join('\n');
    assert.deepEqual(lintText('vars.ps1', text).map((d) => [d.code, d.range.start.line]), [['AADC002', 3]]);
  });

  test('-like follows PowerShell wildcards, case-insensitively', () => {
    assert.ok(wildcardMatches('out to aad - group *', 'Out to AAD - Group Join'));
    assert.ok(wildcardMatches('In from AD - User Joi?', 'In from AD - User Join'));
    assert.ok(wildcardMatches('In from A[AD] - *', 'In from AD - User Join'));
    assert.ok(!wildcardMatches('In from AD - User', 'In from AD - User Join'));
    assert.ok(wildcardMatches('a`*b', 'a*b') && !wildcardMatches('a`*b', 'axb'), 'a backtick makes * literal');
  });
});
