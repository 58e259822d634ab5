import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readServerConfig } from '../../../server/src/formats/server-config';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { validateDocument } from '../../../server/src/service/validate';
import { expressionDiagnostics } from '../../../server/src/service/expression-diagnostics';
import { LineIndex } from '../../../server/src/model/line-index';
import type { Range } from '../../../server/src/model';
import { fixturePath } from '../../support/corpus';

/**
 * A finding inside an expression points at its characters in the file, whatever stands between the
 * value and the file: doubled quotes, line breaks (LF or CRLF) of a multi-line string, a here-string,
 * or XML entities.
 */
function slice(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

function script(expressionArgument: string, eol = '\n'): string {
  return [
    "New-ADSyncRule  `",
    "-Name 'In from AD - Positions' `",
    "-Direction 'Inbound' `",
    "-Precedence 61 `",
    "-SourceObjectType 'user' `",
    "-TargetObjectType 'person' `",
    "-Connector '6a1f2e3d-4c5b-4a69-8877-665544332211' `",
    "-LinkType 'Join' `",
    "-ImmutableTag '' `",
    '-OutVariable syncRule',
    '',
    '',
    'Add-ADSyncAttributeFlowMapping  `',
    '-SynchronizationRule $syncRule[0] `',
    "-Destination 'displayName' `",
    "-FlowType 'Expression' `",
    `-Expression ${expressionArgument} \``,
    '-OutVariable syncRule',
    '',
    '',
    'Add-ADSyncRule  `',
    '-SynchronizationRule $syncRule[0]',
    '',
  ].join(eol);
}

function only(text: string, code: string) {
  const found = validateDocument('positions.ps1', text, 'powershell');
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
  assert.equal(found[0].code, code);
  return found[0];
}

describe('positions inside expressions', () => {
  test("after doubled quotes ('') in a single-quoted string", () => {
    const text = script(`'IIF([sn] = "O''''Brien" && [x] = "it''s", left([sn], 2), NULL)'`);
    const d = only(text, 'AADC020');
    assert.equal(slice(text, d.range), 'left');
    assert.equal(d.range.start.line, 16);
  });

  for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
    test(`on the third line of a multi-line expression (${name})`, () => {
      const text = script(["'", '      IIF(IsPresent([givenName]),', '          Trim([givenName]) & " " & Lef([sn], 1),', '          NULL)', "      '"].join(eol), eol);
      const d = only(text, 'AADC019');
      assert.equal(slice(text, d.range), 'Lef');
      assert.equal(d.range.start.line, 18);
      assert.equal(d.range.start.character, '          Trim([givenName]) & " " & '.length);
    });
  }

  test('inside a here-string', () => {
    const text = script(["@'", 'IIF(IsPresent([givenName]), Trim([givenName]), authoritativenull)', "'@"].join('\n'));
    const d = only(text, 'AADC020');
    assert.equal(slice(text, d.range), 'authoritativenull');
    assert.equal(d.range.start.line, 17);
  });

  test('a fix for a name next to doubled quotes replaces exactly that name', () => {
    const text = script(`'Replace([x],"''''",iif([y]="a",1,2))'`);
    const d = only(text, 'AADC020');
    const fix = (d.data as { fix: { edits: { range: Range; newText: string }[] } }).fix;
    assert.equal(slice(text, fix.edits[0].range), 'iif');
    assert.equal(fix.edits[0].newText, 'IIF');
  });

  test('in a server-config XML file, after &amp; and &gt; entities', () => {
    const folder = fixturePath('expression-positions', 'server-config');
    const reading = readServerConfig(folder, nodeFileSource);
    const found = expressionDiagnostics(reading.configs[0].rules, (f) => fs.readFileSync(f, 'utf8'));
    assert.equal(found.length, 1, JSON.stringify(found.map((d) => d.message)));
    const file = found[0].file;
    assert.equal(path.dirname(file), path.join(folder, 'SynchronizationRules'));
    const text = fs.readFileSync(file, 'utf8');
    assert.equal(slice(text, found[0].range), 'lcase');
    const fix = (found[0].data as { fix: { edits: { range: Range; newText: string }[] } }).fix;
    assert.equal(slice(text, fix.edits[0].range), 'lcase');
    assert.equal(fix.edits[0].newText, 'LCase');
  });
});
