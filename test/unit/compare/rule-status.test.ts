import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { comparedRuleStatus } from '../../../server/src/service/compare/rule-status';
import { runComparison } from '../../../server/src/service/compare/run-comparison';
import { navigationHover } from '../../../server/src/service/navigation';
import { readExpressionDocument } from '../../../server/src/service/expression-features/expression-document';
import { at } from '../service/support/cursor';
import { primaryFolder, stagingFolder } from './support';

const primaryFile = path.join(primaryFolder, 'rules.ps1');
const comparison = runComparison(1, { primary: [primaryFolder], staging: [stagingFolder] }, nodeFileSource);
const text = fs.readFileSync(primaryFile, 'utf8');
const doc = readExpressionDocument({ file: primaryFile, text, format: 'powershell' });
const status = (name: string) => comparedRuleStatus(comparison, primaryFile, doc.rules, doc.rules.find((r) => r.name.value === name)!);

describe('a rule hover tells how the last comparison found the rule', () => {
  test('each rule of a compared primary file: same, changed with the fields, drift, only here', () => {
    assert.equal(status('In from AD - User Title'), '**Compared** — staging: same. The staging rule is the same once normalised.');
    assert.equal(status('In from AD - User Office'), '**Compared** — staging: changed (2). Differs in description, flows[physicalDeliveryOfficeName].expression.');
    assert.match(status('In from AD - User Common')!, /^\*\*Compared\*\* — staging: drift\. A standard rule renumbered by the wizard/);
    assert.equal(status('Out to AAD - User Fax'), '**Compared** — only here — not in staging. The staging side has no rule of this name on this connector.');
  });

  test('the hover on the rule name carries the status after the summary; without a comparison it does not', () => {
    const position = at(text, "-Name 'In from AD - User Off$0ice'");
    const hover = (compared?: Parameters<typeof navigationHover>[2]) => (navigationHover(doc, position, compared)!.contents as { value: string }).value;
    assert.match(hover((rule) => comparedRuleStatus(comparison, primaryFile, doc.rules, rule)), /precedence [\s\S]*\n\n\*\*Compared\*\* — staging: changed \(2\)/);
    assert.doesNotMatch(hover(), /Compared/);
  });

  test('a rule added to the text after comparing is said to be new; a file not compared has no status', () => {
    const added = text + text.slice(0, text.indexOf('Add-ADSyncRule')).replace(/-Name '[^']*'/, "-Name 'In from AD - User Brand New'") + 'Add-ADSyncRule -SynchronizationRule $syncRule[0]\r\n';
    const edited = readExpressionDocument({ file: primaryFile, text: added, format: 'powershell' });
    const fresh = edited.rules.find((r) => r.name.value === 'In from AD - User Brand New');
    assert.ok(fresh);
    assert.equal(comparedRuleStatus(comparison, primaryFile, edited.rules, fresh), 'Not in the last comparison (added since?).');
    assert.equal(comparedRuleStatus(comparison, path.join(primaryFolder, 'elsewhere.ps1'), doc.rules, doc.rules[0]), undefined);
  });
});
