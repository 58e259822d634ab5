// The contributed snippets: every one, expanded with its defaults, is a script our own lint and an independent
// PowerShell grammar both accept without a single finding, in the Rules Editor layout.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDocument } from '../../../server/src/service/validate';
import { treeSitterError } from '../../support/tree-sitter';
import { expandSnippet, fixedUuid, parseSnippet } from './support/snippet-expander';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  contributes: { languages: { id: string }[]; snippets?: { language: string; path: string }[] };
};
const contributions = manifest.contributes.snippets ?? [];

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}
const SNIPPET_FILE = resolve(root, 'snippets/sync-rules.json');
const snippets = Object.entries(JSON.parse(readFileSync(SNIPPET_FILE, 'utf8')) as Record<string, Snippet>);

/**
 * How each snippet is checked. A whole script stands alone; a fragment needs `$syncRule` to hold a rule, so it
 * is placed before Add-ADSyncRule in the rules it belongs in. A join group goes into a Provision rule: in a
 * custom Join rule it draws the (deliberate) AADC012 hint that attribute-override rules should not join.
 */
type Use = { alone: true } | { hosts: ('inbound' | 'outbound' | 'provision')[] };
const USES: Record<string, Use> = {
  'adsync-rule-inbound': { alone: true },
  'adsync-rule-outbound': { alone: true },
  'adsync-cloudsync-coexistence': { alone: true },
  'adsync-header': { alone: true },
  'adsync-footer': { alone: true },
  'adsync-flow-direct': { hosts: ['inbound', 'outbound'] },
  'adsync-flow-constant': { hosts: ['inbound', 'outbound'] },
  'adsync-flow-expression': { hosts: ['inbound', 'outbound'] },
  'adsync-flow-authoritativenull': { hosts: ['inbound', 'outbound'] },
  'adsync-flow-cloudfiltered': { hosts: ['inbound'] },
  'adsync-scope-group': { hosts: ['inbound', 'outbound'] },
  'adsync-join-group': { hosts: ['provision'] },
};

function expansion(prefix: string): string {
  const found = snippets.find(([, s]) => s.prefix === prefix);
  assert.ok(found, `a snippet with prefix ${prefix}`);
  return expandSnippet(found[1].body);
}

/** The rule scripts fragments are tried in, wrapped in the portable header and footer as a user would write them. */
function host(kind: 'inbound' | 'outbound' | 'provision', fragment: string): string {
  const rule =
    kind === 'outbound'
      ? expansion('adsync-rule-outbound')
      : kind === 'inbound'
        ? expansion('adsync-rule-inbound')
        : expansion('adsync-rule-inbound').replace("-LinkType 'Join'", "-LinkType 'Provision'");
  const commit = rule.indexOf('Add-ADSyncRule');
  assert.ok(commit > 0);
  return expansion('adsync-header') + rule.slice(0, commit) + fragment + rule.slice(commit) + expansion('adsync-footer');
}

async function assertClean(label: string, text: string): Promise<void> {
  const findings = validateDocument('/work/snippet.ps1', text, 'powershell');
  assert.deepEqual(
    findings.map((d) => `${d.code} ${d.message}`),
    [],
    `${label}: lint findings in\n${text}`,
  );
  assert.equal(await treeSitterError(text), undefined, `${label}: tree-sitter-powershell error in\n${text}`);
}

describe('snippets: contribution', () => {
  it('package.json contributes the snippet file for PowerShell and for our Documenter-script language', () => {
    const ourLanguages = manifest.contributes.languages.map((l) => l.id);
    assert.deepEqual(
      contributions.map((c) => c.language).sort(),
      ['powershell', ...ourLanguages].sort(),
    );
    for (const c of contributions) assert.ok(existsSync(resolve(root, c.path)), `${c.path} exists`);
  });

  it('every snippet has an adsync- prefix (unique), a description and a body of lines', () => {
    assert.ok(snippets.length >= 12);
    const prefixes = snippets.map(([, s]) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length);
    for (const [name, s] of snippets) {
      assert.match(s.prefix, /^adsync-[a-z-]+$/, name);
      assert.ok(s.description.length > 20, `${name}: description`);
      assert.ok(Array.isArray(s.body) && s.body.every((l) => typeof l === 'string'), `${name}: body lines`);
    }
  });

  it('every snippet is known to this test, so a new one cannot skip the checks below', () => {
    assert.deepEqual(snippets.map(([, s]) => s.prefix).sort(), Object.keys(USES).sort());
  });

  it('every body is correctly escaped: PowerShell $ written \\$, only known variables, braces closed', () => {
    for (const [name, s] of snippets) {
      assert.doesNotThrow(() => parseSnippet(s.body.join('\n')), name);
      // The JSON text round-trips: nothing in the body needed more escaping than JSON.stringify gives it.
      assert.deepEqual(JSON.parse(JSON.stringify(s.body)), s.body);
      assert.ok(!s.body.some((l) => /\t/.test(l)), `${name}: no tabs`);
    }
  });
});

describe('snippets: the expander', () => {
  it('takes defaults, mirrors, first choices, escapes and a distinct GUID per $UUID', () => {
    const body = ["'${1:a}' $1 ${2|x,y|} \\$v \\} ${3:$UUID} $3 $UUID$0"];
    assert.equal(expandSnippet(body), `'a' a x $v } ${fixedUuid(1)} ${fixedUuid(1)} ${fixedUuid(2)}`);
  });

  it('rejects an unescaped PowerShell variable and an unclosed placeholder', () => {
    assert.throws(() => expandSnippet(['-SynchronizationRule $syncRule[0]']), /unknown snippet variable \$syncRule/);
    assert.throws(() => expandSnippet(["'${1:abc'"]), /unclosed/);
  });
});

describe('snippets: expanded with their defaults', () => {
  for (const [name, s] of snippets) {
    const use = USES[s.prefix];
    if (!use) continue;
    if ('alone' in use) {
      it(`${s.prefix} alone: no lint finding, no tree-sitter error`, async () => {
        await assertClean(name, expandSnippet(s.body));
      });
    } else {
      for (const kind of use.hosts) {
        it(`${s.prefix} in a ${kind} rule: no lint finding, no tree-sitter error`, async () => {
          await assertClean(`${name} (${kind})`, host(kind, expandSnippet(s.body)));
        });
      }
    }
  }

  it('all fragments together in one rule, in the Rules Editor order (flows, scope group, join group)', async () => {
    const order = ['direct', 'constant', 'expression', 'authoritativenull', 'cloudfiltered'].map((f) => `adsync-flow-${f}`);
    const fragments = [...order, 'adsync-scope-group', 'adsync-join-group'].map(expansion).join('');
    await assertClean('all fragments (provision)', host('provision', fragments));
  });

  it('whole scripts read as rules: header + inbound rule + footer, and the Cloud Sync pair', () => {
    const script = host('inbound', '');
    assert.match(script, /\$connectorId = \(Get-ADSyncConnector -Name 'contoso\.com'\)\.Identifier/);
    assert.match(script, /Set-ADSyncScheduler -SyncCycleEnabled \$false[\s\S]*Set-ADSyncScheduler -SyncCycleEnabled \$true\nStart-ADSyncSyncCycle -PolicyType Initial/);
    const pair = expansion('adsync-cloudsync-coexistence');
    assert.match(pair, /-Source @\('True'\) `\n-Destination 'cloudNoFlow' `\n-FlowType 'Constant'/);
    assert.match(pair, /-LinkType 'JoinNoFlow'[\s\S]*-ArgumentList 'cloudNoFlow','true','EQUAL'/);
  });

  it('custom rules: precedence below 100, empty ImmutableTag, Get-ADSyncRule asks for the rule just created', () => {
    for (const prefix of ['adsync-rule-inbound', 'adsync-rule-outbound', 'adsync-cloudsync-coexistence']) {
      const text = expansion(prefix);
      const created = [...text.matchAll(/^-Identifier '([0-9a-f-]{36})' `$/gm)].map((m) => m[1]);
      const fetched = [...text.matchAll(/^Get-ADSyncRule  `\n-Identifier '([0-9a-f-]{36})'$/gm)].map((m) => m[1]);
      assert.ok(created.length > 0, prefix);
      assert.deepEqual(fetched, created, `${prefix}: Get-ADSyncRule identifiers`);
      for (const m of text.matchAll(/^-Precedence (\d+) `$/gm)) assert.ok(Number(m[1]) < 100, `${prefix}: precedence ${m[1]}`);
      for (const m of text.matchAll(/^-ImmutableTag (.*) `$/gm)) assert.equal(m[1], "''", prefix);
      assert.doesNotMatch(text, /^-Connector '/m, `${prefix}: connector looked up by name, not a GUID`);
    }
  });

  it('keep the Rules Editor layout: "Cmdlet  `", one parameter per line ending " `", two blank lines between commands', () => {
    const ruleCmdlet = /^(?:New-ADSyncRule|Add-ADSync\w+|New-Object|Get-ADSyncRule)\b/;
    for (const [name, s] of snippets) {
      const lines = expandSnippet(s.body).split('\n');
      lines.forEach((line, i) => {
        if (!ruleCmdlet.test(line)) return;
        assert.match(line, /^\S+  `$/, `${name}:${i + 1}`);
        if (i > 0) assert.deepEqual(lines.slice(Math.max(0, i - 3), i).slice(-2), ['', ''], `${name}:${i + 1} two blank lines before`);
        if (i > 2) assert.notEqual(lines[i - 3], '', `${name}:${i + 1} not three blank lines`);
        let j = i + 1;
        while (lines[j]?.endsWith(' `')) {
          assert.match(lines[j], /^-\w+ .* `$/, `${name}:${j + 1}`);
          j++;
        }
        assert.match(lines[j], /^-\w+ \S/, `${name}:${j + 1} last parameter`);
        if (j + 1 < lines.length) assert.deepEqual(lines.slice(j + 1, j + 3), ['', ''], `${name}:${j + 1} two blank lines after`);
      });
    }
  });
});
