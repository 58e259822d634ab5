import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { validateDocument } from '../../../server/src/service/validate';
import { parseCheckSettings } from '../../../server/src/checks/settings';
import { readSuppressions } from '../../../server/src/service/suppressions';
import { runCli } from '../../../server/src/cli/main';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { codeActions } from '../../../server/src/service/code-actions';
import { treeSitterError } from '../../support/tree-sitter';
import { readExpressionDocument } from '../../../server/src/service/expression-features/expression-document';

/** A rule whose expression has a wrong case (AADC020) and a mixed-operator chain (AADC021). */
function script(before: string[] = [], beforeExpression: string[] = []) {
  return [
    ...before,
    "New-ADSyncRule -Name 'In from AD - Suppressed' -Direction 'Inbound' -Connector '6a1f2e3d-4c5b-4a69-8877-665544332211' -SourceObjectType 'user' -TargetObjectType 'person' -LinkType 'Join' -ImmutableTag '' -OutVariable syncRule",
    ...beforeExpression,
    "Add-ADSyncAttributeFlowMapping -SynchronizationRule $syncRule[0] -Destination 'cloudFiltered' -FlowType 'Expression' -Expression 'iif([a] = \"1\" || [b] = \"2\" && [c] = \"3\", True, NULL)' -OutVariable syncRule",
    'Add-ADSyncRule -SynchronizationRule $syncRule[0]',
    '',
  ].join('\n');
}

const codes = (text: string, settings?: Parameters<typeof validateDocument>[3]) => validateDocument('s.ps1', text, 'powershell', settings).map((d) => d.code).sort();

describe('suppression comments', () => {
  test('without a comment both findings are reported', () => {
    assert.deepEqual(codes(script()), ['AADC020', 'AADC021']);
  });

  test('disable-next-line silences the named code on the next code line only, with a reason after --', () => {
    assert.deepEqual(codes(script([], ['# adsync-rules-disable-next-line AADC021 -- the engine reads it left to right, as meant'])), ['AADC020']);
    assert.deepEqual(codes(script([], ['# adsync-rules-disable-next-line AADC021', '', '# another comment'])), ['AADC020'], 'blank and comment lines in between are skipped');
    assert.deepEqual(codes(script(['# adsync-rules-disable-next-line AADC021'])), ['AADC020', 'AADC021'], 'a comment above another line does not reach');
  });

  test('disable (file) silences codes everywhere in the file; several codes at once', () => {
    assert.deepEqual(codes(script(['# adsync-rules-disable AADC020, AADC021'])), []);
    assert.deepEqual(codes(script(['# adsync-rules-disable AADC020'])), ['AADC021']);
  });

  test('the directive reads codes only; other words are ignored', () => {
    const s = readSuppressions('# adsync-rules-disable AADC004 aadc005 -- not AADC006\n');
    assert.deepEqual([...s.file].sort(), ['AADC004', 'AADC005']);
  });
});

describe('settings', () => {
  test('a code can be turned off or given another severity', () => {
    assert.deepEqual(codes(script(), { checks: { AADC021: 'off' } }), ['AADC020']);
    const d = validateDocument('s.ps1', script(), 'powershell', { checks: { AADC020: 'hint' } }).find((x) => x.code === 'AADC020');
    assert.equal(d?.severity, 4);
  });

  test('bad settings are reported, good ones kept', () => {
    const { settings, problems } = parseCheckSettings({ checks: { AADC004: 'off', AADC5: 'off', AADC006: 'loud' } });
    assert.deepEqual(settings.checks, { AADC004: 'off' });
    assert.equal(problems.length, 2);
  });

  test('the CLI reads --config and .adsync-rules.json; a broken file is an I/O error (exit 2)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-settings-'));
    const file = path.join(dir, 'rules.ps1');
    fs.writeFileSync(file, script());
    const lint = (...args: string[]) => {
      let out = '';
      let err = '';
      const code = runCli(['lint', file, '--format', 'json', ...args], { out: (t) => (out += t), err: (t) => (err += t), files: nodeFileSource, version: 't' });
      return { code, out, err };
    };
    const found = (r: { out: string }) => (JSON.parse(r.out).files[0].diagnostics as { code: string }[]).map((d) => d.code).sort();
    assert.deepEqual(found(lint('--fail-on', 'never')), ['AADC020', 'AADC021']);
    const config = path.join(dir, 'quiet.json');
    fs.writeFileSync(config, JSON.stringify({ checks: { AADC020: 'off', AADC021: 'off' } }));
    const quiet = lint('--config', config);
    assert.equal(quiet.code, 0);
    assert.deepEqual(found(quiet), []);
    fs.writeFileSync(config, '{ "checks": ');
    const broken = lint('--config', config);
    assert.equal(broken.code, 2);
    assert.match(broken.err, /not valid JSON/);
  });
});

describe('suppression code actions', () => {
  test('"disable for this statement" goes above a multi-line command, keeps the script valid, and silences only that code', async () => {
    const text = [
      "New-ADSyncRule  `",
      "-Name 'In from AD - Suppressed' `",
      "-Direction 'Inbound' `",
      "-Connector '6a1f2e3d-4c5b-4a69-8877-665544332211' `",
      "-SourceObjectType 'user' `",
      "-TargetObjectType 'person' `",
      "-LinkType 'Join' `",
      "-ImmutableTag '' `",
      '-OutVariable syncRule',
      '',
      '',
      'Add-ADSyncAttributeFlowMapping  `',
      '-SynchronizationRule $syncRule[0] `',
      "-Destination 'cloudFiltered' `",
      "-FlowType 'Expression' `",
      "-Expression 'iif([a] = \"1\" || [b] = \"2\" && [c] = \"3\", True, NULL)' `",
      '-OutVariable syncRule',
      '',
      '',
      'Add-ADSyncRule  `',
      '-SynchronizationRule $syncRule[0]',
      '',
    ].join('\n');
    const found = validateDocument('s.ps1', text, 'powershell', { checks: {}, docsBase: 'file:///docs/rules/' });
    const d = found.find((x) => x.code === 'AADC021')!;
    const actions = codeActions('file:///s.ps1', readExpressionDocument({ file: 's.ps1', text }), d.range, [d]);
    const line = actions.find((a) => a.title === 'Disable AADC021 for this statement')!;
    const edit = line.edit!.changes!['file:///s.ps1'][0];
    assert.equal(edit.range.start.line, 11, 'above Add-ADSyncAttributeFlowMapping, not inside the command');
    const lines = text.split('\n');
    const fixed = [...lines.slice(0, 11), '# adsync-rules-disable-next-line AADC021', ...lines.slice(11)].join('\n');
    assert.equal(edit.newText, '# adsync-rules-disable-next-line AADC021\n');
    assert.deepEqual(codes(fixed), ['AADC020'], 'only the suppressed code is gone');
    assert.equal(await treeSitterError(fixed), undefined);
    const file = actions.find((a) => a.title === 'Disable AADC021 for this file')!.edit!.changes!['file:///s.ps1'][0];
    assert.deepEqual(codes('# adsync-rules-disable AADC021\n' + text), ['AADC020']);
    assert.equal(file.newText, '# adsync-rules-disable AADC021\n');
    const docs = actions.find((a) => a.title === 'Show documentation for AADC021')!;
    assert.deepEqual(docs.command?.arguments, ['file:///docs/rules/AADC021.md']);
  });
});
