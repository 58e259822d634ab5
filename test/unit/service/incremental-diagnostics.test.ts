import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { ExpressionDocumentCache } from '../../../server/src/service/expression-features/expression-document';
import { checkDocument, checkReading } from '../../../server/src/service/validate';
import { fixturePath } from '../../support/corpus';
import { EDITS, corpusScripts, generatedExport, hasGenerator, ownFixtures, random } from '../syntax/edit-chains';

/**
 * The editor's diagnostics after each edit of a chain (the document read from its reading before the
 * edit, unchanged rules' findings kept) against the diagnostics of a fresh reading of the same text.
 */
function chain(file: string, text: string, edits: number, seed: number, kinds = EDITS) {
  const pick = random(seed);
  const cache = new ExpressionDocumentCache();
  let current = text;
  checkReading(cache.get({ file, text, format: 'powershell' }));
  for (let k = 0; k < edits; k++) {
    current = kinds[pick(kinds.length)](current, pick(current.length + 1), pick);
    const incremental = checkReading(cache.get({ file, text: current, format: 'powershell' }));
    const full = checkDocument(file, current, 'powershell');
    assert.deepEqual(incremental, full, `${file}: seed ${seed}, edit ${k}`);
  }
}

describe('diagnostics while typing', () => {
  it('equal a fresh check of the same text, edit after edit, on our fixtures and the real scripts', () => {
    let seed = 20261206;
    const checkFixtures = ['structure', 'values', 'anchors', 'out-of-box', 'password'].flatMap((dir) => {
      const folder = fixturePath('checks', dir);
      return fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith('.ps1')).map((f) => fixturePath('checks', dir, f)) : [];
    });
    for (const file of [...ownFixtures(), fixturePath('incremental', 'shared-variables.ps1'), ...checkFixtures, ...corpusScripts()]) chain(file, fs.readFileSync(file, 'utf8'), 25, seed++);
  });

  it('equal a fresh check on a generated export, typing and damage alike', { skip: hasGenerator ? false : 'no generator' }, () => {
    const text = generatedExport(120, 5);
    chain('/gen/export.ps1', text, 60, 21, EDITS.slice(0, 1));
    chain('/gen/export.ps1', text, 60, 22);
  });
});

describe('findings kept per rule while typing', () => {
  it('a rule whose finding depends on the other rules is checked again when another rule changes', () => {
    const rule = (name: string, id: string, precedence: number) =>
      [`New-ADSyncRule  \``, `-Name '${name}' \``, `-Identifier '${id}' \``, `-Direction 'Inbound' \``, `-Precedence ${precedence} \``,
        `-SourceObjectType 'user' \``, `-TargetObjectType 'person' \``, `-Connector '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' \``, `-LinkType 'Join' \``,
        `-OutVariable syncRule`, '', `Add-ADSyncRule  \``, `-SynchronizationRule $syncRule[0]`, ''].join('\n');
    const text = [rule('In from AD - User Negative', '11111111-1111-4111-8111-111111111111', -1), rule('In from AD - User Other', '22222222-2222-4222-8222-222222222222', 5), rule('In from AD - User Third', '33333333-3333-4333-8333-333333333333', 6)].join('\n');
    const cache = new ExpressionDocumentCache();
    const file = '/ws/negative.ps1';
    const message = (t: string) => checkReading(cache.get({ file, text: t, format: 'powershell' })).diagnostics.find((d) => d.code === 'AADC006')?.message;
    assert.match(message(text) ?? '', /0 is free/);
    // The second rule takes 0: the negative rule's fix must now offer another value, though that rule did not change.
    const edited = text.replace('-Precedence 5 `', '-Precedence 0 `');
    const after = message(edited);
    assert.equal(after, checkDocument(file, edited, 'powershell').diagnostics.find((d) => d.code === 'AADC006')?.message);
    assert.doesNotMatch(after ?? '', /0 is free/);
  });
});
