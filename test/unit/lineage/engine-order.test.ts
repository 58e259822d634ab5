import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { attributeLineage } from '../../../server/src/service/lineage/lineage';
import { fixturePath } from '../../support/corpus';

const file = fixturePath('lineage', 'engine-order.ps1');
const rules = readPowerShellScript(file, fs.readFileSync(file, 'utf8')).configs[0].rules;
const row = (attribute: string) =>
  attributeLineage(rules, attribute).groups.flatMap((g) => g.entries.map((e) => ({ target: g.target, precedence: e.precedence, applied: e.applied, wins: e.wins, role: e.role })));

describe('lineage: the engine order and what each flow does', () => {
  it('disabled and JoinNoFlow rules stand at their precedence but flow nothing; the lowest applied one wins for its kind of object', () => {
    const title = row('title');
    assert.deepEqual(
      title.map((r) => [r.target, r.precedence, r.applied, r.wins]),
      [
        ['metaverse person', 10, false, false],
        ['metaverse person', 15, false, false],
        ['metaverse person', 20, true, true],
        ['metaverse person', 30, true, false],
        // Another connector's objects (HR persons) meet only their own rules: it wins for them.
        ['metaverse person', 35, true, true],
        ['5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9 user', 75, true, true],
      ],
    );
    assert.equal(title[0].role, 'disabled: the engine does not apply this rule');
    assert.equal(title[1].role, 'its rule is JoinNoFlow: it joins but flows nothing');
  });

  it('AuthoritativeNull of an earlier rule stops the later one; apply-once and NULL are said', () => {
    const [, , override, fallback, hr] = row('title');
    assert.match(override.role, /where it gives AuthoritativeNull the value is removed and no later rule contributes/);
    assert.equal(
      fallback.role,
      "used where 'In from AD - User Title Override' is out of scope or gives NULL; never where 'In from AD - User Title Override' gives AuthoritativeNull; only when the object is created (apply once)",
    );
    assert.equal(hr.role, 'wins for person objects in its scope; where it gives NULL the next rule decides');
  });

  it('Merge: every contribution counts, whatever the precedence', () => {
    assert.deepEqual(
      row('proxyAddresses').map((r) => [r.precedence, r.wins, r.role]),
      [
        [55, true, 'merged with the other contributions (Merge)'],
        [65, true, 'merged with the other contributions (Merge)'],
      ],
    );
  });

  it('scope summaries: groups OR, conditions AND, no scope = every object of the source type', async () => {
    const { scopeSummary } = await import('../../../server/src/service/lineage/lineage');
    const byName = (n: string) => rules.find((r) => r.name.value === n)!;
    assert.equal(scopeSummary(byName('In from AD - User Title Override')), 'company EQUAL Contoso');
    assert.equal(scopeSummary(byName('In from AD - User Title Fallback')), 'every user object');
  });
});
