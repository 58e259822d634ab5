import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readPowerShellScript } from '../../../../server/src/formats/powershell-script';
import { validateDocument } from '../../../../server/src/service/validate';
import { flowPrint, joinGroupPrint, scopeGroupPrint } from '../../../../server/src/catalog/out-of-box';
import type { SyncRule } from '../../../../server/src/model/sync-rule';
import { treeSitterError } from '../../../support/tree-sitter';
import { applyFix, fixOf, withoutInsertions } from './apply-fix';
import { lintFixture, lintText } from './lint-fixture';

function content(rule: SyncRule) {
  return {
    flows: rule.flows.map(flowPrint),
    scope: rule.scopeGroups.map((g) => scopeGroupPrint(g).fingerprint),
    join: rule.joinGroups.map((g) => joinGroupPrint(g).fingerprint),
    direction: rule.direction.value,
    linkType: rule.linkType.value,
    types: [rule.sourceObjectType.value, rule.targetObjectType.value],
    connector: rule.connector.id.value,
  };
}

/** Applies the clone-and-disable fix of the rule named `name` and checks everything the fix promises. */
async function checkCloneFix(text: string, name: string) {
  const before = readPowerShellScript('before.ps1', text).configs[0].rules;
  const original = before.find((r) => r.name.value === name)!;
  const finding = lintText('before.ps1', text).find((d) => d.code === 'AADC001' && d.message.includes(`'${name}' (`));
  assert.ok(finding, `AADC001 on '${name}'`);
  const fix = fixOf(finding)!;
  assert.ok(fix, 'the finding carries the fix');
  const { fixed, edits } = applyFix(text, fix);

  assert.equal(withoutInsertions(fixed, edits), text, 'every other character stays as it was');
  const after = lintText('after.ps1', fixed);
  assert.deepEqual(after.filter((d) => d.code === 'AADC000'), [], 'our parser reads the fixed script cleanly');
  assert.equal(await treeSitterError(fixed), undefined, 'tree-sitter-powershell reads it cleanly');
  assert.deepEqual(after.filter((d) => d.code === 'AADC001' && d.message.includes(`'${name}' (`)), [], 'the rule is no longer reported');

  const rules = readPowerShellScript('after.ps1', fixed).configs[0].rules;
  assert.equal(rules.length, before.length + 1);
  const disabled = rules.find((r) => r.identifier.value === original.identifier.value)!;
  assert.equal(disabled.disabled.value, true, 'the original is disabled');
  const clone = rules.find((r) => r.name.value === `${name} - Cloned`)!;
  assert.ok(clone, 'the clone is there');
  assert.equal(clone.immutableTag.value, '');
  assert.equal(clone.description.value, `Cloned from rule '${name}'`);
  assert.equal(clone.disabled.value, false);
  assert.ok(clone.committed);
  assert.ok(clone.precedence.value! < 100 && !before.some((r) => r.precedence.value === clone.precedence.value), 'a free precedence below 100');
  assert.match(clone.identifier.value!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.ok(!before.some((r) => r.identifier.value === clone.identifier.value), 'a new Identifier');
  assert.deepEqual(content(clone), content(original), 'the clone keeps the edited content');
  // The clone's Get-ADSyncRule echo names the clone, not the original.
  assert.match(fixed, new RegExp(`Get-ADSyncRule  \`\\r?\\n-Identifier '${clone.identifier.value}'`));
  return { fixed, clone };
}

describe('AADC001 quick fix: clone and disable', () => {
  test('each edited rule of the violation fixture: the fix re-reads cleanly and the finding is gone', async () => {
    const { fixture } = lintFixture('oob-rule-modified.violation.ps1');
    for (const name of ['In from AD - Device Common', 'In from AAD - Contact Exchange Hybrid']) await checkCloneFix(fixture.text, name);
  });

  test('the clone sits right after the original, in the export layout', async () => {
    const { fixture } = lintFixture('oob-rule-modified.violation.ps1');
    const { fixed } = await checkCloneFix(fixture.text, 'In from AD - Device Common');
    assert.ok(fixed.includes("-ImmutableTag 'Microsoft.InfromADDeviceCommon.001' `\n-Disabled  `\n-OutVariable syncRule\n"));
    assert.ok(fixed.includes("-Identifier '3f0c2a51-7d4e-4b8a-9c61-2e5d8f9a0b14'\n\n\nNew-ADSyncRule  `\n-Name 'In from AD - Device Common - Cloned' `\n"));
    assert.ok(fixed.includes("-Description 'Cloned from rule ''In from AD - Device Common''' `\n-Direction 'Inbound' `\n-Precedence 99 `\n"));
  });

  test('a CRLF file gets CRLF line breaks', async () => {
    const { fixture } = lintFixture('oob-rule-modified.violation.ps1');
    const { fixed } = await checkCloneFix(fixture.text.replace(/\n/g, '\r\n'), 'In from AD - Device Common');
    assert.doesNotMatch(fixed, /[^\r]\n/);
  });

  test('quotes in the name are doubled in the clone', async () => {
    const { fixture } = lintFixture('oob-rule-modified.violation.ps1');
    const renamed = fixture.text.replace("-Name 'In from AD - Device Common' `", "-Name 'In from AD - Device''s Common' `");
    const { clone } = await checkCloneFix(renamed, "In from AD - Device's Common");
    assert.equal(clone.description.value, "Cloned from rule 'In from AD - Device's Common'");
  });

  test('no fix outside Rules Editor exports: a Documenter script does not use that layout', () => {
    const { fixture } = lintFixture('oob-rule-modified.violation.ps1');
    const found = validateDocument('script.ps1.txt', fixture.text, 'documenter-script').filter((d) => d.code === 'AADC001');
    assert.ok(found.length > 0);
    assert.ok(found.every((d) => !fixOf(d)));
  });
});

describe('AADC003 quick fix: clear the tag', () => {
  test('each finding: the tag is emptied, the script re-reads cleanly and the finding is gone', async () => {
    const { fixture, diagnostics } = lintFixture('custom-rule-has-immutable-tag.violation.ps1');
    const found = diagnostics.filter((d) => d.code === 'AADC003');
    assert.equal(found.length, 3);
    for (const d of found) {
      const { fixed, edits } = applyFix(fixture.text, fixOf(d)!);
      assert.deepEqual(edits.map((e) => e.newText), ['']);
      assert.equal(fixed.split('\n')[d.range.start.line], "-ImmutableTag '' `");
      const after = lintText('after.ps1', fixed);
      assert.ok(!after.some((x) => x.code === 'AADC003' && x.range.start.line === d.range.start.line));
      assert.deepEqual(after.filter((x) => x.code === 'AADC000'), []);
      assert.equal(await treeSitterError(fixed), undefined);
    }
  });
});
