import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHECKS } from '../../../../server/src/checks/rules/values';
import { ruleDiagnostics } from '../../../../server/src/service/rule-diagnostics';
import { corpusReadings, corpusText } from '../../../support/corpus-rules';
import { skipWithoutCorpus } from '../../../support/corpus';

/**
 * On the real corpus these checks find nothing, and each silence is right:
 * - AADC013: the only custom rule beside out-of-box rules (the Contoso clone) yields NULL into
 *   cloudFiltered, where NULL is the documented "no opinion"; the Teams/Lync overrides yield NULL
 *   branches but no out-of-box rule is in their file.
 * - AADC014/015/028: no Constant holds a special word, no custom rule sets cloudFiltered to False, and
 *   the constants present ('true' into cloudNoFlow, the out-of-box constants) break no attribute rule.
 * - AADC016: the out-of-box MergeCaseInsensitive flows (proxyAddresses, userCertificate) have no
 *   Update rival; the custom rules all use Update on attributes nobody merges.
 * - AADC022: every operator is an enum name, ISNULL/ISNOTNULL come with '' and the others with a value.
 * - AADC023: the scripts' GUIDs are the Entra connector's or belong to servers no export here
 *   describes; no script looks connectors up by name beside a GUID; every PrecedenceBefore/After is zero.
 * - AADC027: no custom inbound rule flows description, info, url or adminDescription.
 * - AADC033: the Documenter's expression has no single quote.
 */
test('the values checks find nothing on the real corpus', { skip: skipWithoutCorpus }, () => {
  const found = ruleDiagnostics(corpusReadings(), corpusText, { workspace: true, checks: CHECKS });
  assert.deepEqual(
    found.map((d) => `${d.code} ${d.file.split(/[\\/]/).pop()}:${d.range.start.line + 1} ${d.message}`),
    [],
  );
});
