import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { FileDiagnostic, Position, SyncRule } from '../../../../server/src/model';
import { ruleDiagnostics } from '../../../../server/src/service/rule-diagnostics';
import { CHECKS } from '../../../../server/src/checks/rules/anchors';
import { skipWithoutCorpus } from '../../../support/corpus';
import { corpusReadings, corpusText } from '../../../support/corpus-rules';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

function ruleAt(d: FileDiagnostic): SyncRule | undefined {
  const rules = corpusReadings().flatMap((r) => r.configs.flatMap((c) => c.rules));
  return rules.find((r) => r.file === d.file && before(r.range.start, d.range.start) && before(d.range.start, r.range.end));
}

/**
 * Every finding the anchor and join checks make on the real corpus, each one reviewed:
 * - AADC008: the timmcmic "Group … (Revert WriteBack)" sample clears mS-DS-ConsistencyGuid on groups, where its
 *   user and contact siblings clear msDS-ExternalDirectoryObjectId; enabled, it wipes the anchor copy of every group.
 * - AADC012 (information): the Microsoft docs rule joins on cloudAnchor although it only adds a flow.
 * - AADC029: "Custom In from AD - User Join Filter SVC Accounts" says it was cloned from "In from AD - User Join",
 *   which stays enabled in the modified server export and in the report's pilot side.
 * Everything else, the out-of-box rule sets above all, stays silent.
 */
describe('anchor and join checks on the real corpus', { skip: skipWithoutCorpus }, () => {
  test('exactly the reviewed findings', () => {
    const readings = corpusReadings();
    const found = ruleDiagnostics(readings, corpusText, { workspace: true, checks: CHECKS });
    const described = found.map((d) => `${d.code} ${ruleAt(d)?.name.value} @ ${path.basename(path.dirname(d.file)) === 'SynchronizationRules' ? 'contoso-1.1.130-modified' : path.basename(d.file)}`).sort();
    assert.deepEqual(described, [
      'AADC008 Out to AD - Group Write CloudAnchor (Revert WriteBack) @ sre_export_timmcmic_EnableCloudAnchor_samples.ps1',
      'AADC012 In from AAD - Group SOAinAAD Delete WriteBackOutOfScope and SoftDelete @ sre_export_msdocs_modify_group_writeback_delete_rule.ps1',
      'AADC029 Custom In from AD - User Join Filter SVC Accounts @ Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html',
      'AADC029 Custom In from AD - User Join Filter SVC Accounts @ contoso-1.1.130-modified',
    ]);
    assert.ok(found.every((d) => !path.dirname(d.file).includes(`${path.sep}contoso-1.1.130${path.sep}`)), 'the unmodified server export is all out-of-box and silent');
  });

  test('the AADC029 findings in the XML export and the HTML report carry no fix: there is no script to edit', () => {
    const found = ruleDiagnostics(corpusReadings(), corpusText, { workspace: true, checks: CHECKS }).filter((d) => d.code === 'AADC029');
    assert.ok(found.length > 0);
    assert.ok(found.every((d) => d.data === undefined));
  });
});
