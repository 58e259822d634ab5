// What `show --format json` reads from the corpus: counts the corpus README states, and values the script leaves unknown.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { skipWithoutCorpus } from '../../support/corpus';
import { runInProcess } from './support/cli-runner';
import { corpusInput } from './support/corpus-inputs';
import { allRules, parseJson, totals, type RuleJson, type ShowJson } from './support/output-shapes';

function rulesOf(path: string): RuleJson[] {
  const r = runInProcess(['show', path, '--format', 'json']);
  assert.equal(r.code, 0, r.err);
  return allRules(parseJson<ShowJson>(r.out, 'show --format json'));
}

function byName(rules: RuleJson[], name: string): RuleJson {
  const rule = rules.find((r) => r.name === name);
  assert.ok(rule, `no rule named ${name}; have ${rules.map((r) => r.name).join(', ')}`);
  return rule;
}

describe('show --format json counts (corpus)', { skip: skipWithoutCorpus }, () => {
  it('contoso-1.1.130 server-config: 62 rules, 1,200 flows, 48 scope groups, 40 join groups', () => {
    assert.deepEqual(totals(rulesOf(corpusInput.serverConfig)), { rules: 62, flows: 1200, scopeGroups: 48, joinGroups: 40 });
  });

  it('standard-rules excerpt: 9 rules, all standard, 171 flows, 7 scope groups, 7 join groups', () => {
    const rules = rulesOf(corpusInput.standardExcerpt);
    assert.deepEqual(totals(rules), { rules: 9, flows: 171, scopeGroups: 7, joinGroups: 7 });
    assert.deepEqual(rules.filter((r) => r.standard !== true).map((r) => r.name), []);
  });

  it('each side of the PilotModified report matches the server-config folder it was made from', () => {
    const r = runInProcess(['show', corpusInput.documenterReport, '--format', 'json']);
    const [pilot, production] = parseJson<ShowJson>(r.out, 'show').inputs[0].configs;
    assert.deepEqual(totals(production.rules), totals(rulesOf(corpusInput.serverConfig)));
    assert.deepEqual(totals(pilot.rules), totals(rulesOf(corpusInput.serverConfigModified)));
  });
});

describe('show --format json unresolved values (corpus)', { skip: skipWithoutCorpus }, () => {
  it('-Precedence $precedence inside a function is null and listed under unresolved', () => {
    const rules = rulesOf(corpusInput.derivedTeams);
    assert.equal(rules.length, 2);
    for (const rule of rules) {
      assert.equal(rule.precedence, null, `${rule.name}`);
      assert.deepEqual(rule.unresolved, { precedence: '$precedence' }, `${rule.name}`);
    }
  });

  it('-Connector $connectorAD.Identifier is null, listed under unresolved, with connectorName Contoso.com from Get-ADSyncConnector -Name', () => {
    const rule = byName(rulesOf(corpusInput.cloudSync), 'Out to AD - Group SOAinAAD coexistence with Cloud Sync');
    assert.equal(rule.connector, null);
    assert.equal(rule.connectorName, 'Contoso.com');
    assert.deepEqual(rule.unresolved, { connector: '$connectorAD.Identifier' });
  });

  it('[int] $x = 88 set before the rule resolves -Precedence $x to 88, and nothing stays unresolved', () => {
    const rules = rulesOf(corpusInput.cloudSync);
    const inbound = byName(rules, 'In from AAD - Group SOAinAAD coexistence with Cloud Sync');
    assert.equal(inbound.precedence, 88);
    assert.equal(inbound.unresolved, undefined);
    assert.equal(byName(rules, 'Out to AD - Group SOAinAAD coexistence with Cloud Sync').precedence, 89);
  });

  it('rules whose values are all literal carry no unresolved key', () => {
    assert.deepEqual(rulesOf(corpusInput.standardExcerpt).filter((r) => 'unresolved' in r).map((r) => r.name), []);
  });
});
