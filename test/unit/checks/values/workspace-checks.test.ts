import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { nodeFileSource } from '../../../../server/src/formats/node-file-source';
import { readPowerShellScript } from '../../../../server/src/formats/powershell-script';
import { readServerConfig } from '../../../../server/src/formats/server-config';
import { lintReadings } from '../../../../server/src/service/lint';
import { validateDocument } from '../../../../server/src/service/validate';
import { assertFindings, parseMarkedFixture } from '../../../support/markers';
import { treeSitterError } from '../../../support/tree-sitter';
import { applyFix, fixOf, fixtureDir, own, textAt } from './support';

/**
 * AADC023 hardcoded-connector-guid runs across the inputs: two server exports (primary and staging)
 * say which connector a script's GUID is and what that connector is called on the other server.
 */
const scriptFile = path.join(fixtureDir, 'hardcoded-connector-guid.workspace.ps1');
const servers = ['primary', 'staging'].map((s) => path.join(fixtureDir, 'servers', s));

function lint(scriptText: string, withServers = servers) {
  const script = readPowerShellScript(scriptFile, scriptText);
  const readings = [script, ...withServers.map((s) => readServerConfig(s, nodeFileSource))];
  const textOf = (file: string) => (file === scriptFile ? scriptText : fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
  const reports = lintReadings(readings, textOf);
  return {
    script: own(reports.find((r) => r.path === scriptFile)?.diagnostics ?? []),
    others: reports.filter((r) => r.path !== scriptFile).flatMap((r) => own(r.diagnostics)),
  };
}

const fixture = parseMarkedFixture(fs.readFileSync(scriptFile, 'utf8'));

describe('AADC023 hardcoded-connector-guid across a script and two server exports', () => {
  test('every marked GUID, and only those; the Entra connector and unknown GUIDs stay quiet', () => {
    const { script, others } = lint(fixture.text);
    assertFindings(script, fixture.expected, fixture.text);
    assert.deepEqual(others, [], 'the server exports themselves are clean');
  });

  test('a second server with the same connector name under another GUID makes it a warning; otherwise information', () => {
    const { script } = lint(fixture.text);
    const [contoso, fabrikam] = script;
    assert.equal(contoso.severity, DiagnosticSeverity.Warning);
    assert.match(String(contoso.message), /on staging that connector is 9e8d7c6b-5a49-4382-9170-6f5e4d3c2b11/);
    assert.equal(fabrikam.severity, DiagnosticSeverity.Information);
    assert.match(String(fabrikam.message), /connector 'fabrikam\.com' on primary only/);
  });

  test('without a server export the check has nothing to say (every export names its connector by GUID)', () => {
    assert.deepEqual(lint(fixture.text, []).script, []);
  });

  test('one open document gets no workspace finding', () => {
    assert.deepEqual(own(validateDocument(scriptFile, fixture.text, 'powershell')), []);
  });

  test('the fix looks the connector up by name; the script then reads cleanly and the finding is gone', async () => {
    const { script } = lint(fixture.text);
    for (const d of script) {
      const fix = fixOf(d)!;
      assert.equal(fix.edits.length, 1);
      assert.match(textAt(fixture.text, fix.edits[0].range), /^'[0-9a-f-]{36}'$/);
      const fixed = applyFix(fixture.text, fix);
      assert.match(fixed, /-Connector \(Get-ADSyncConnector -Name '(contoso|fabrikam)\.com'\)\.Identifier `/);
      const after = lint(fixed).script;
      assert.ok(!after.some((x) => x.range.start.line === d.range.start.line), 'the fixed line is clean');
      assert.ok(!after.some((x) => x.code === 'AADC000'));
      // The script now looks one connector up by name, so every GUID left in it is worth a warning.
      assert.ok(after.length > 0 && after.every((x) => x.code === 'AADC023' && /looks up connector '(contoso|fabrikam)\.com' by name/.test(String(x.message))));
      assert.equal(await treeSitterError(fixed), undefined);
    }
  });
});
