import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SymbolKind } from 'vscode-languageserver-types';
import { WorkspaceRuleIndex } from '../../../server/src/service/workspace-index';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { fixturePath } from '../../support/corpus';

describe('workspace symbols', () => {
  test('every rule of the folders, filtered by name, pointing at its name', () => {
    const index = new WorkspaceRuleIndex(nodeFileSource, [fixturePath('compare')]);
    const all = index.symbols('', new Map());
    assert.ok(all.length >= 4, `found ${all.length}`);
    for (const s of all) {
      const text = fs.readFileSync(fileURLToPath(s.location.uri), 'utf8').split('\n')[s.location.range.start.line];
      assert.ok(text.includes(s.name), `${s.name} at ${text}`);
    }
    const some = index.symbols(all[0].name.slice(0, 8).toLowerCase(), new Map());
    assert.ok(some.length > 0 && some.length <= all.length);
    assert.ok(some.every((s) => s.name.toLowerCase().includes(all[0].name.slice(0, 8).toLowerCase())));
    assert.ok(all.every((s) => s.kind === SymbolKind.Class || s.kind === SymbolKind.Struct));
  });

  test('an open document counts with its unsaved text; a saved change is read again', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-symbols-'));
    const file = path.join(dir, 'rules.ps1');
    const rule = (name: string) => `New-ADSyncRule -Name '${name}' -Direction 'Inbound' -Connector '6a1f2e3d-4c5b-4a69-8877-665544332211' -SourceObjectType 'user' -TargetObjectType 'person' -LinkType 'Join' -OutVariable syncRule\nAdd-ADSyncRule -SynchronizationRule $syncRule[0]\n`;
    fs.writeFileSync(file, rule('In from AD - Saved Name'));
    const index = new WorkspaceRuleIndex(nodeFileSource, [dir]);
    assert.deepEqual(index.symbols('name', new Map()).map((s) => s.name), ['In from AD - Saved Name']);
    assert.deepEqual(index.symbols('name', new Map([[file, rule('In from AD - Unsaved Name')]])).map((s) => s.name), ['In from AD - Unsaved Name']);
    fs.writeFileSync(file, rule('In from AD - Renamed On Disk'));
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(index.symbols('name', new Map()).map((s) => s.name), ['In from AD - Renamed On Disk']);
  });

  test("a closed file is read once for its reading and the checks' text, again when it changes on disk, and not at all once it is gone", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-texts-'));
    const file = path.join(dir, 'rules.ps1');
    fs.writeFileSync(file, "New-ADSyncRule -Name 'In from AD - One' -OutVariable syncRule\n");
    let reads = 0;
    const index = new WorkspaceRuleIndex({ ...nodeFileSource, readText: (p: string) => (reads++, nodeFileSource.readText(p)) }, [dir]);
    const first = index.inputs(new Map(), 'elsewhere.ps1');
    assert.equal(first.readings.length, 1);
    assert.equal(first.textOf(file), fs.readFileSync(file, 'utf8'));
    assert.equal(index.inputs(new Map(), 'elsewhere.ps1').textOf(file), fs.readFileSync(file, 'utf8'));
    assert.equal(reads, 1);
    fs.writeFileSync(file, "New-ADSyncRule -Name 'In from AD - Two' -OutVariable syncRule\n");
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.match(index.inputs(new Map(), 'elsewhere.ps1').textOf(file) ?? '', /Two/);
    assert.equal(reads, 2);
    // Deleted before the folders are walked again: no reading, no text, and no exception for the edit that asks.
    fs.rmSync(file);
    const gone = index.inputs(new Map(), 'elsewhere.ps1');
    assert.deepEqual([gone.readings.length, gone.textOf(file)], [0, undefined]);
  });
});
