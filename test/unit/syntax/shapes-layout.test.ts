import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import type { SyncRule } from '../../../server/src/model';
import { assertFindings } from '../../support/markers';
import { assertClean, assertSource, assertStringRangesSliceBack, readShape, ruleNamed, shapePath, slice } from './shape-reading';


/** The model without the file name, which is the one thing two copies of a rule may differ in. */
function withoutFile(rules: SyncRule[]) {
  return rules.map(({ file: _file, ...rest }) => rest);
}

describe('shapes: line layout', () => {
  test('CRLF and LF copies of a rule read as the same model, ranges included', () => {
    const lf = readShape('line-endings-lf.ps1');
    const crlf = readShape('line-endings-crlf.ps1');
    // A checkout that rewrote line breaks would make this test prove nothing.
    assert.ok(!lf.text.includes('\r'), 'the LF fixture holds a carriage return');
    assert.equal(crlf.text.split('\r\n').length, lf.text.split('\n').length, 'the CRLF fixture lost its CRLF line breaks');
    assertClean(lf);
    assertClean(crlf);
    assert.deepEqual(withoutFile(crlf.rules), withoutFile(lf.rules));

    const rule = ruleNamed(crlf, 'In from AD - Fabrikam Contractor Join');
    assert.equal(rule.precedence.value, 42);
    assert.equal(rule.connector.id.value, '7e2a9c41-3d5b-4f60-9a18-c2b7d4e6f802');
    assert.deepEqual(rule.flows.map((f) => [f.sources.value, f.destination.value, f.flowType.value]), [
      [['employeeID'], 'employeeID', 'Direct'],
      [['Contractor'], 'employeeType', 'Constant'],
    ]);
    assert.equal(rule.committed, true);
    assertSource(crlf, rule.scopeGroups[0].conditions[0].value, 'CTR', 'CTR');
    for (const shape of [lf, crlf]) assertStringRangesSliceBack(shape, rule);
  });

  test('ranges: a rule spans New-ADSyncRule to its Get-ADSyncRule echo; parts span their own commands', () => {
    const shape = readShape('line-endings-lf.ps1');
    const rule = shape.rules[0];
    const whole = slice(shape, rule.range);
    assert.ok(whole.startsWith('New-ADSyncRule  `\n-Name '), whole.slice(0, 40));
    assert.ok(whole.endsWith("Get-ADSyncRule  `\n-Identifier '5d0c7e1a-2b3f-4c6d-8e9f-0a1b2c3d4e5f'"), whole.slice(-80));
    assert.equal(slice(shape, rule.selectionRange), 'In from AD - Fabrikam Contractor Join');
    for (const part of [...rule.flows, ...rule.scopeGroups, ...rule.joinGroups]) {
      assert.match(slice(shape, part.range), /^Add-ADSync\w+  `\n-SynchronizationRule \$syncRule\[0\] `\n[\s\S]*-OutVariable syncRule$/);
    }
    for (const condition of [...rule.scopeGroups[0].conditions, ...rule.joinGroups[0].conditions]) {
      assert.match(slice(shape, condition.range), /^New-Object  `\n-TypeName '[\w.]+' `\n-ArgumentList [^\n]+ `\n-OutVariable condition0$/);
    }
    assertSource(shape, rule.flows[0].sources, ['employeeID'], "@('employeeID')");
  });

  test('backtick continuations: one space or none before, spaces or a tab after, indented lines', () => {
    const shape = readShape('backtick-continuations.ps1');
    assertClean(shape);
    assert.equal(shape.rules.length, 1);
    const rule = ruleNamed(shape, 'Out to AAD - Fabrikam Kiosk Users');
    // Each of these parameters sits on a line whose backtick has something odd around it.
    assertSource(shape, rule.name, 'Out to AAD - Fabrikam Kiosk Users', 'Out to AAD - Fabrikam Kiosk Users');
    assertSource(shape, rule.identifier, '0b6d4f2e-8a1c-4e3b-9d75-6c2f1e8a9b04', '0b6d4f2e-8a1c-4e3b-9d75-6c2f1e8a9b04');
    assertSource(shape, rule.description, 'No space before the backtick', 'No space before the backtick');
    assertSource(shape, rule.precedence, 61, '61');
    assert.equal(rule.direction.value, 'Outbound');
    assert.equal(rule.linkType.value, 'Join');
    assert.equal(rule.softDeleteExpiryInterval.value, '00:00:00');
    assert.equal(rule.flows.length, 1);
    assert.deepEqual(rule.flows[0].sources.value, ['kioskDevice']);
    assert.equal(rule.committed, true);
    assertStringRangesSliceBack(shape, rule);
  });

  test('# and <# #> comments between commands are not code, even when they look like it', () => {
    const shape = readShape('comments.ps1');
    assertClean(shape);
    assert.deepEqual(shape.rules.map((r) => r.name.value), ['In from AD - Fabrikam Comments']);
    const rule = shape.rules[0];
    assert.equal(rule.precedence.value, 70);
    assert.equal(rule.flows.length, 1);
    assertSource(shape, rule.flows[0].destination, 'jobTitle', 'jobTitle');
    assert.equal(rule.committed, true);
    assert.ok(!shape.text.endsWith('\n'), 'the fixture ends in a comment without a line break');
    assert.equal(slice(shape, rule.selectionRange), 'In from AD - Fabrikam Comments');
    assertStringRangesSliceBack(shape, rule);
  });
});

describe('shapes: every clean shape stays clean with the other line ending', () => {
  const files = fs.readdirSync(path.dirname(shapePath('x'))).filter((f) => f.endsWith('.ps1')).sort();
  for (const file of files) {
    test(file, () => {
      const text = fs.readFileSync(shapePath(file), 'utf8');
      const other = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text.replace(/\n/g, '\r\n');
      const lf = readPowerShellScript(file, text);
      const converted = readPowerShellScript(file, other);
      assertFindings(converted.diagnostics, [], other);
      // Same rules in the same places; only strings that span lines may differ, by their carriage returns.
      const strip = (rules: SyncRule[]) => JSON.parse(JSON.stringify(rules).replace(/\\r/g, ''));
      assert.deepEqual(strip(converted.configs[0].rules), strip(lf.configs[0].rules));
    });
  }
});
