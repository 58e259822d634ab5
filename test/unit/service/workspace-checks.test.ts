import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { expandInputs, readInput } from '../../../server/src/service/inputs';
import { lintReadings } from '../../../server/src/service/lint';
import { checkDocument } from '../../../server/src/service/validate';
import { WorkspaceRuleIndex } from '../../../server/src/service/workspace-index';
import { fixturePath } from '../../support/corpus';

/** The codes whose checks need every file of the workspace. */
const ACROSS = new Set(['AADC005', 'AADC023', 'AADC025']);
const codesAt = (ds: { code?: unknown; range: { start: { line: number } } }[]) =>
  ds.filter((d) => ACROSS.has(String(d.code))).map((d) => `${d.code}@${d.range.start.line}`).sort();

const scenarios = ['precedence-collision-across-files', 'identifier-reuse-across-files'].flatMap((check) => {
  const dir = fixturePath('checks', 'structure', check);
  return fs.readdirSync(dir).filter((n) => n.startsWith('violation')).map((n) => path.join(dir, n));
});

function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? scripts(p) : /\.ps1$/i.test(e.name) ? [p] : [];
  });
}

describe('checks across files in the editor', () => {
  test('an open script gets the findings across files that `lint` gives it over the same folder', () => {
    let seen = 0;
    for (const folder of scenarios) {
      const cli = lintReadings(expandInputs([folder], nodeFileSource).map((ref) => readInput(ref, nodeFileSource)), (f) => fs.readFileSync(f, 'utf8'));
      const index = new WorkspaceRuleIndex(nodeFileSource, [folder]);
      for (const file of scripts(folder)) {
        const text = fs.readFileSync(file, 'utf8');
        const editor = checkDocument(file, text, 'powershell', undefined, () => index.inputs(new Map(), file));
        const expected = codesAt(cli.find((r) => r.path === file)?.diagnostics ?? []);
        assert.deepEqual(codesAt(editor.diagnostics), expected, path.relative(fixturePath(), file));
        seen += expected.length;
      }
    }
    assert.ok(seen > 0, 'the scenarios hold findings across files');
  });

  test('without the workspace the same script has none of them; an unsaved edit elsewhere counts', () => {
    const folder = scenarios.find((s) => s.includes('precedence-collision'))!;
    const [a, b] = scripts(folder).sort();
    const textA = fs.readFileSync(a, 'utf8');
    assert.deepEqual(codesAt(checkDocument(a, textA, 'powershell').diagnostics), []);
    const index = new WorkspaceRuleIndex(nodeFileSource, [folder]);
    const withDisk = codesAt(checkDocument(a, textA, 'powershell', undefined, () => index.inputs(new Map(), a)).diagnostics);
    assert.ok(withDisk.some((c) => c.startsWith('AADC005')), withDisk.join(', '));
    // The other file, open in the editor with its rules renumbered to values nobody uses: fewer collisions.
    let next = 90;
    const renumbered = fs.readFileSync(b, 'utf8').replace(/-Precedence \d+/g, () => `-Precedence ${next++}`);
    const open = new Map([[b, renumbered]]);
    const afterEdit = codesAt(checkDocument(a, textA, 'powershell', undefined, () => index.inputs(open, a)).diagnostics);
    assert.ok(afterEdit.filter((c) => c.startsWith('AADC005')).length < withDisk.filter((c) => c.startsWith('AADC005')).length, `${withDisk} → ${afterEdit}`);
  });
});
