import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { SyncRule } from '../../../../server/src/model';
import { skipWithoutCorpus } from '../../../support/corpus';
import { corpusReadings, corpusText } from '../../../support/corpus-rules';
import { structureFindings } from './marked-inputs';

/**
 * The whole real corpus, linted together as `lint sre-exports documenter server-config` does: the structure
 * checks find exactly this. Everything else there is right as it stands — unique precedences per server,
 * Provision rules with joins, well-formed flows — and the inputs are many servers (Contoso's export and its
 * Documenter report sides, and the unrelated sample scripts), so nothing may collide across them.
 */
describe('structure checks on the real corpus', { skip: skipWithoutCorpus }, () => {
  test('exactly the expected findings, by code and rule', () => {
    const readings = corpusReadings();
    const rules = readings.flatMap((r) => r.configs.flatMap((c) => c.rules));
    const found = structureFindings(readings, corpusText).map((d) => `${d.code} ${path.basename(d.file)}: ${ruleAt(rules, d.file, d.range.start.line)}`);
    assert.deepEqual(found.sort(), [
      // A custom rule (empty tag) at 148, inside the out-of-box numbers: the Contoso export has an out-of-box rule at 148.
      'AADC004 sre_export_webex_out_to_ad_externalid.ps1: Out to AD - User ExternalId for Webex',
    ]);
  });
});

function ruleAt(rules: SyncRule[], file: string, line: number): string {
  const rule = rules.find((r) => r.file === file && r.range.start.line <= line && line <= r.range.end.line);
  return rule?.name.value ?? '(no rule)';
}
