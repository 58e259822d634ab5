import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { lintReadings } from '../../../server/src/service/lint';
import { checkDocument } from '../../../server/src/service/validate';
import { fixturePath } from '../../support/corpus';
import { corpusScripts, generatedExport, hasGenerator, ownFixtures } from '../syntax/edit-chains';

/** Findings as a sorted list of their JSON: the two paths need not list them in the same order. */
const sorted = (list: object[]) => list.map((d) => JSON.stringify(d)).sort();

describe('the editor and lint find the same', () => {
  it('on every check fixture and real script: the editor (checks see watched rules, findings kept) equals lint (plain rules)', () => {
    const checkFixtures = ['structure', 'values', 'anchors', 'out-of-box', 'password'].flatMap((dir) => {
      const folder = fixturePath('checks', dir);
      return fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.ps1')).map((f) => fixturePath('checks', dir, f)) : [];
    });
    const files = [...ownFixtures(), ...checkFixtures, ...corpusScripts()];
    assert.ok(files.length > 20, `${files.length} files`);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const editor = checkDocument(file, text, 'powershell').diagnostics;
      const lint = lintReadings([readPowerShellScript(file, text)], (f) => (f === file ? text : undefined)).flatMap((r) => r.diagnostics);
      assert.deepEqual(sorted(editor), sorted(lint), file);
    }
  });

  it('on a generated export with thousands of findings', { skip: hasGenerator ? false : 'no generator' }, () => {
    const file = '/gen/export.ps1';
    const text = generatedExport(150, 9);
    const editor = checkDocument(file, text, 'powershell').diagnostics;
    const lint = lintReadings([readPowerShellScript(file, text)], (f) => (f === file ? text : undefined)).flatMap((r) => r.diagnostics);
    assert.ok(editor.length > 100, `${editor.length} findings`);
    assert.deepEqual(sorted(editor), sorted(lint));
  });
});
