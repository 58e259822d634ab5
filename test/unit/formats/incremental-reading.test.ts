import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readPowerShellScript, type PowerShellReading } from '../../../server/src/formats/powershell-script';
import { fixturePath } from '../../support/corpus';
import { EDITS, corpusScripts, generatedExport, hasGenerator, ownFixtures, random } from '../syntax/edit-chains';

/** What the reading gives the checks and the editor: rules, diagnostics, connectors. */
const essence = (r: PowerShellReading) => ({ configs: r.configs, diagnostics: r.diagnostics });

/**
 * Edit after edit, each text read from the reading before it (rule groups taken over where they can be)
 * and compared with a full reading of the same text. Returns how many rules were taken over as they were.
 */
function chain(file: string, text: string, edits: number, seed: number, kinds = EDITS): { kept: number; rules: number } {
  const pick = random(seed);
  let current = readPowerShellScript(file, text, 'sre-export');
  let kept = 0;
  let rules = 0;
  for (let k = 0; k < edits; k++) {
    const edit = kinds[pick(kinds.length)];
    const next = edit(current.parsed.text, pick(current.parsed.text.length + 1), pick);
    const full = readPowerShellScript(file, next, 'sre-export');
    const before = new Set(current.configs[0].rules);
    const again = readPowerShellScript(file, next, 'sre-export', current);
    assert.deepEqual(essence(again), essence(full), `${file}: seed ${seed}, edit ${k}`);
    kept += again.configs[0].rules.filter((r) => before.has(r)).length;
    rules += again.configs[0].rules.length;
    current = again;
  }
  return { kept, rules };
}

describe('reading an edited script from its reading before the edit', () => {
  it('binds exactly as a full reading, edit after edit, on our fixtures and the real scripts', () => {
    let seed = 20261205;
    for (const file of [...ownFixtures(), fixturePath('incremental', 'shared-variables.ps1'), ...corpusScripts()]) chain(file, fs.readFileSync(file, 'utf8'), 40, seed++);
  });

  it('takes over the rules an edit does not touch, and still matches the full reading', { skip: hasGenerator ? false : 'no generator' }, () => {
    const text = generatedExport(200, 3);
    const { kept, rules } = chain('gen.ps1', text, 100, 11, EDITS.slice(0, 1));
    assert.ok(kept >= rules * 0.9, `${kept} of ${rules} rules were taken over as the same objects`);
    chain('gen.ps1', text, 100, 12);
  });

  it('binds again the rules that read a variable whose value the edit changed', () => {
    const file = fixturePath('incremental', 'shared-variables.ps1');
    const text = fs.readFileSync(file, 'utf8');
    const first = readPowerShellScript(file, text, 'sre-export');
    const edited = text.replace("$adConnector = '5e6f7a8b", "$adConnector = '6e6f7a8b");
    const again = readPowerShellScript(file, edited, 'sre-export', first);
    assert.deepEqual(essence(again), essence(readPowerShellScript(file, edited, 'sre-export')));
    assert.deepEqual(again.configs[0].rules.map((r) => r.connector.id.value), [0, 1, 2].map(() => '6e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9'));
  });

  it('a mapping added to an earlier rule through its own variable lands on that rule after an edit elsewhere', () => {
    const file = fixturePath('incremental', 'shared-variables.ps1');
    const text = fs.readFileSync(file, 'utf8');
    const first = readPowerShellScript(file, text, 'sre-export');
    assert.deepEqual(first.configs[0].rules[0].flows.map((f) => f.destination.value), ['title', 'employeeType']);
    const edited = text.replace("-Destination 'company'", "-Destination 'companyName'");
    const again = readPowerShellScript(file, edited, 'sre-export', first);
    assert.deepEqual(again.configs[0].rules[0].flows.map((f) => f.destination.value), ['title', 'employeeType']);
    assert.deepEqual(essence(again), essence(readPowerShellScript(file, edited, 'sre-export')));
  });
});
