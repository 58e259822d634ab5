// The client cannot run here (no VS Code); this checks the one thing that breaks silently between its
// code and the manifest: every command and view the compare code names is contributed, and back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OPEN_COMPARED_RULE_COMMAND } from '../../../server/src/protocol/compare';
import { repoDir } from '../../support/corpus';

const manifest = JSON.parse(fs.readFileSync(path.join(repoDir, 'package.json'), 'utf8'));
const clientDir = path.join(repoDir, 'client', 'src', 'compare');
const source = fs.readdirSync(clientDir).map((f) => fs.readFileSync(path.join(clientDir, f), 'utf8')).join('\n');

test('every compare command the client registers is contributed, and every contributed one is registered', () => {
  const registered = [...source.matchAll(/registerCommand\('([^']+)'/g)].map((m) => m[1]).concat(source.includes('registerCommand(OPEN_COMPARED_RULE_COMMAND') ? [OPEN_COMPARED_RULE_COMMAND] : []);
  const contributed = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).filter((c) => c.startsWith('adsyncRules.compare'));
  assert.deepEqual(registered.sort(), contributed.sort());
  for (const menu of Object.values(manifest.contributes.menus) as { command: string }[][]) for (const m of menu) assert.ok(contributed.includes(m.command) || !m.command.startsWith('adsyncRules.compare'), m.command);
});

test('the differences view, its context key and the settings the client reads are contributed', () => {
  const views = (manifest.contributes.views.explorer as { id: string; when: string }[]).filter((v) => v.id === 'adsyncRules.differences');
  assert.equal(views.length, 1);
  assert.ok(source.includes(`'${views[0].id}'`));
  assert.ok(source.includes(`'setContext', '${views[0].when}', true`));
  for (const setting of ['primary', 'staging', 'connectorMap']) {
    assert.ok(manifest.contributes.configuration.properties[`adsyncRules.${setting}`], setting);
    assert.ok(new RegExp(`config\\.get(<.+?>+)?\\('${setting}'\\)`).test(source), `the client reads adsyncRules.${setting}`);
  }
});

test('the lineage command and view are contributed as the client registers them', () => {
  const lineageSource = fs.readdirSync(path.join(repoDir, 'client', 'src', 'lineage')).map((f) => fs.readFileSync(path.join(repoDir, 'client', 'src', 'lineage', f), 'utf8')).join('\n');
  const view = (manifest.contributes.views.explorer as { id: string; when: string }[]).find((v) => v.id === 'adsyncRules.lineage');
  assert.ok(view);
  assert.ok(lineageSource.includes(`registerTreeDataProvider('${view.id}'`));
  assert.ok(lineageSource.includes(`'setContext', '${view.when}', true`));
  assert.ok((manifest.contributes.commands as { command: string }[]).some((c) => c.command === 'adsyncRules.showLineage'));
  assert.ok(lineageSource.includes("registerCommand('adsyncRules.showLineage'"));
});
