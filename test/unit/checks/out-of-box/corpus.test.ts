import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { CHECKS } from '../../../../server/src/checks/rules/out-of-box';
import { ruleDiagnostics } from '../../../../server/src/service/rule-diagnostics';
import { corpusDir, skipWithoutCorpus } from '../../../support/corpus';
import { corpusReadings, corpusText } from '../../../support/corpus-rules';

/**
 * Everything the out-of-box checks find in the real corpus. The one edit of a standard rule in it
 * ("In from AD - User Common", its department flow) is reported where it is written: in the modified
 * server export and on the pilot side of the Documenter report. The 61 other standard rules of those
 * inputs, the unmodified inputs, the Rules Editor exports and the Documenter scripts (which remove only
 * the custom rule they re-create) give nothing.
 */
describe('out-of-box checks on the real corpus', () => {
  test('exactly the edited department flow, in the two inputs that hold it', { skip: skipWithoutCorpus }, () => {
    const found = ruleDiagnostics(corpusReadings(), corpusText, { workspace: true, checks: CHECKS });
    const summary = found.map((d) => ({
      code: d.code,
      severity: d.severity,
      file: path.relative(corpusDir, d.file),
      line: d.range.start.line + 1,
      message: d.message,
    }));
    const message =
      "Out-of-box rule 'In from AD - User Common' (Microsoft.InfromADUserCommon.004) was edited: the flow to 'department' has a different expression. " +
      'An upgrade puts the shipped rule back; disable it and change a clone, or override in a custom rule.';
    assert.deepEqual(summary, [
      { code: 'AADC001', severity: 2, file: 'documenter/Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html', line: 4714, message },
      {
        code: 'AADC001',
        severity: 2,
        file: 'server-config/contoso-1.1.130-modified/SynchronizationRules/SynchronizationRule_{c93c2c84-f29f-4d43-bc3b-fa439a2fb1c1}.xml',
        line: 85,
        message,
      },
    ]);
  });

  test('the findings point at the edited expression itself', { skip: skipWithoutCorpus }, () => {
    const found = ruleDiagnostics(corpusReadings(), corpusText, { workspace: true, checks: CHECKS });
    for (const d of found) {
      const lines = corpusText(d.file)!.split('\n');
      const at = lines[d.range.start.line].slice(d.range.start.character, d.range.end.line === d.range.start.line ? d.range.end.character : undefined);
      assert.equal(at, 'IIF(IsNullOrEmpty([department]),"Unassigned",Trim([department]))');
    }
  });
});
