import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { diffRuleSets } from '../../../server/src/diff/diff-rule-sets';
import { renderHtml } from '../../../server/src/diff/render-html';
import { renderMarkdown } from '../../../server/src/diff/render-markdown';
import type { DiffResult, RuleDiff } from '../../../server/src/diff/types';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { readServerConfig } from '../../../server/src/formats/server-config';
import type { RuleSet } from '../../../server/src/model';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../../support/corpus';
import * as fs from 'node:fs';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;

const labels = { primaryLabel: 'AADC-OLD | "primary"', stagingLabel: 'AADC-NEW <staging>' };

function read(name: string): RuleSet {
  const file = fixturePath('diff', name);
  return readPowerShellScript(file, fs.readFileSync(file, 'utf8')).configs[0];
}

const NASTY_NAME = 'Custom | *bold* _x_ `tick` <script>alert(1)</script> & "q"';
/** Long enough to be laid out over lines; every character Markdown or HTML could misread. */
const LONG_EXPRESSION = 'IIF(IsPresent([a]) && [a] <> "x|y", "It\'s <b>&amp;</b> `quoted` ``twice``", IIF([b] = "&lt;", "a | b", Trim([c])))';
const DESCRIPTION = "Line one: O'Brien's rule\nLine two | with a pipe";

/** The quotes fixture pair, plus a setting mismatch, an unresolved connector and a rule whose every value is hostile. */
function hostileResult(): DiffResult {
  const primary = read('quotes-primary.ps1');
  const staging = read('quotes-staging.ps1');
  const result = diffRuleSets(primary, staging);
  const twin = result.rules.find((r) => r.name === "In from AD - User O'Brien Fix")!;
  const nasty: RuleDiff = {
    ...twin,
    name: NASTY_NAME,
    changes: [
      { field: 'description', primary: DESCRIPTION, staging: '' },
      { field: 'flows[extensionAttribute1].expression', primary: LONG_EXPRESSION, staging: 'Trim([c])' },
      { field: 'flows[title]', primary: { destination: 'title', flowType: 'direct', valueMergeType: 'update', executeOnce: false, sources: ['title'], expression: null }, staging: null },
      { field: 'scopeGroups[1]', primary: [['department', 'EQUAL', 'R&D|Lab']], staging: [] },
    ],
  };
  return {
    ...result,
    rules: [nasty, ...result.rules],
    summary: { ...result.summary, changed: result.summary.changed + 1 },
    settings: [
      { name: 'Microsoft.SynchronizationOption.AnchorAttribute', primary: 'mS-DS-ConsistencyGuid', staging: 'objectGUID', critical: true },
      { name: 'Microsoft.Synchronize.ServerConfigurationVersion', primary: '2.4.18.0', staging: '2.3.20.0', critical: false },
    ],
    problems: ['Cannot tell which staging connector matches primary connector <x> | y; give --map a=b.'],
  };
}

describe('Markdown report', () => {
  const md = renderMarkdown(hostileResult(), labels);
  const lines = md.split('\n');

  it('puts a sourceAnchor mismatch on the very first line, loud', () => {
    assert.match(lines[0], /^> \*\*CRITICAL: the sourceAnchor attribute differs \(primary: mS-DS-ConsistencyGuid, staging: objectGUID\)\. .*\*\*$/);
  });

  it('gives the summary first, then the problems, then the differences by status, drift collapsed at the end', () => {
    const at = (heading: string) => lines.indexOf(heading);
    const order = ['## Summary', '## Problems', '## Changed', '## Only on primary', '## Only on staging', '## Drift', '## How connectors were paired'].map(at);
    assert.ok(order.every((n) => n > 0), JSON.stringify(order));
    assert.deepEqual([...order].sort((a, b) => a - b), order);
    for (const [title, n] of [['Changed', 4], ['Only on primary', 1], ['Only on staging', 1], ['Same', 1]] as const) {
      assert.ok(lines.includes(`| ${title} | ${n} |`), title);
    }
    assert.ok(lines.includes('| **CRITICAL** sourceAnchor attribute (`Microsoft.SynchronizationOption.AnchorAttribute`) | `mS-DS-ConsistencyGuid` | `objectGUID` |'));
  });

  it('counts same rules without listing them, and lists drift in one short line', () => {
    assert.ok(!md.includes('Out to AAD - User Identity'), 'a same rule is only counted');
    assert.deepEqual(lines.filter((l) => l.includes('In from AD - User Join') && !l.includes('Custom')), [
      '- In from AD - User Join (corp.example.com): precedence 100 → 101; tag Microsoft.InfromADUserJoin.004 → Microsoft.InfromADUserJoin.005',
    ]);
    assert.match(md, /renumbered by the wizard, not edited/);
  });

  it('keeps every table row at its column count: pipes in values are escaped, in code spans too', () => {
    const tables = tableBlocks(lines);
    assert.ok(tables.length >= 5);
    for (const table of tables) {
      const width = cells(table[0]).length;
      for (const row of table) assert.equal(cells(row).length, width, row);
    }
  });

  it('shows values exactly: code spans outgrow the backticks inside, prose escapes markup', () => {
    const heading = lines.find((l) => l.startsWith('#### Custom'))!;
    assert.equal(heading, '#### Custom | \\*bold\\* \\_x\\_ \\`tick\\` \\<script\\>alert(1)\\</script\\> \\& "q"');
    assert.ok(!/<script>/.test(md), 'no raw HTML reaches the Markdown');
    // The scope clause's value has a pipe: in its table cell it is escaped, and reads back whole.
    const row = lines.find((l) => l.startsWith('| `scopeGroups[1]`'))!;
    assert.deepEqual(cells(row).map(codeSpanText), ['scopeGroups[1]', 'department EQUAL "R&D|Lab"', '(empty group)']);
    assert.ok(lines.includes('- Primary: `AADC-OLD | "primary"`'));
  });

  it('gives a long or multi-line value a fenced block of its own, laid out over lines', () => {
    const row = lines.find((l) => l.startsWith('| `flows[extensionAttribute1].expression`'))!;
    assert.deepEqual(cells(row).slice(1), ['(below)', '`Trim([c])`']);
    const start = lines.indexOf('`flows[extensionAttribute1].expression`, primary:');
    assert.ok(start > 0);
    const fence = lines[start + 2];
    assert.match(fence, /^```+$/);
    assert.ok(fence.length > 2, 'longer than the longest backtick run inside');
    const end = lines.indexOf(fence, start + 3);
    const body = lines.slice(start + 3, end).join('\n');
    assert.ok(body.includes('\n'), 'laid out over lines');
    assert.equal(body.replace(/\s+/g, ''), LONG_EXPRESSION.replace(/\s+/g, ''));
    const description = lines.indexOf('`description`, primary:');
    assert.equal(lines.slice(description + 3, description + 5).join('\n'), DESCRIPTION);
  });

  it('says what the migration script does about each rule', () => {
    assert.match(md, /Out to AAD - User Teams\n\nOutbound · out-of-box rule\. The script sets Disabled to true/);
    assert.match(md, /In from AD - Old 'Legacy' Rule\*\*: .*The script removes it from staging\./);
  });

  it('says when the sets are equivalent, with no difference sections', () => {
    const set = read('quotes-primary.ps1');
    const same = renderMarkdown(diffRuleSets(set, set), labels);
    assert.match(same, /\*\*The rule sets are equivalent\.\*\*/);
    assert.doesNotMatch(same, /^## (Changed|Only on|Drift|Problems)/m);
    assert.ok(same.startsWith('# Sync rules: primary vs staging'), 'no critical line without a critical mismatch');
  });
});

describe('HTML report', () => {
  const html = renderHtml(hostileResult(), labels);
  const doc = parseDocument(html);
  const all = DomUtils.findAll(() => true, doc.children) as Element[];
  const byTag = (name: string) => all.filter((e) => e.name === name);
  const text = (e: Node) => DomUtils.textContent(e);

  it('is one self-contained file: a strict CSP, inline CSS, no script and nothing to fetch', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    const csp = byTag('meta').filter((m) => m.attribs['http-equiv'] === 'Content-Security-Policy');
    assert.deepEqual(csp.map((m) => m.attribs.content), ["default-src 'none'; style-src 'unsafe-inline'"]);
    for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base', 'form']) assert.equal(byTag(tag).length, 0, tag);
    assert.equal(byTag('style').length, 1);
    assert.doesNotMatch(text(byTag('style')[0]), /url\(|@import/);
    for (const e of all) {
      for (const [name, value] of Object.entries(e.attribs)) {
        assert.doesNotMatch(name, /^on|^src$|^style$/, `${e.name} ${name}`);
        if (name === 'href') assert.match(value, /^#/);
      }
    }
    assert.deepEqual(['html', 'head', 'body', 'title'].map((t) => byTag(t).length), [1, 1, 1, 1]);
  });

  it('opens with the critical mismatch, then the summary, problems and differences in order', () => {
    const body = byTag('body')[0];
    const first = body.children.find((n): n is Element => 'attribs' in n)!;
    assert.equal(first.name, 'p');
    assert.equal(first.attribs.class, 'critical');
    assert.match(text(first), /^CRITICAL: the sourceAnchor attribute differs \(primary: mS-DS-ConsistencyGuid, staging: objectGUID\)/);
    assert.match(text(byTag('title')[0]), /^CRITICAL: /);
    const ids = byTag('section').map((s) => s.attribs.id);
    assert.deepEqual(ids, ['summary', 'problems', 'changed', 'onlyInPrimary', 'onlyInStaging', 'drift', 'connectors']);
    const counts = byTag('tr').filter((r) => (r.parent as Element).name === 'tbody' && (DomUtils.getParent(r.parent as Element) as Element).attribs.class === 'counts');
    assert.deepEqual(counts.map((r) => text(r)), ['Changed4', 'Only on primary1', 'Only on staging1', 'Drift (out-of-box rules renumbered by the wizard)1', 'Same1']);
  });

  it('escapes everything: names, expressions with <, & and quotes, labels, problems read back as written', () => {
    assert.equal(byTag('h4').filter((h) => text(h) === NASTY_NAME).length, 1);
    const codes = byTag('code').map(text);
    assert.ok(codes.includes('AADC-OLD | "primary"'));
    assert.ok(codes.includes('AADC-NEW <staging>'));
    assert.ok(codes.includes('IIF([department] = "R&D <lab>", "Research | \'Development\'", [department])'));
    assert.ok(byTag('li').some((li) => text(li) === 'Cannot tell which staging connector matches primary connector <x> | y; give --map a=b.'));
    // The long expression sits in a <pre>, over lines, with its characters intact.
    const pre = byTag('pre').map(text).find((t) => t.includes('It\'s <b>&amp;</b>'))!;
    assert.ok(pre.includes('\n'));
    assert.equal(pre.replace(/\s+/g, ''), LONG_EXPRESSION.replace(/\s+/g, ''));
    assert.ok(byTag('div').some((d) => d.attribs.class === 'prose' && text(d) === DESCRIPTION));
  });

  it('shows both sides of every change and collapses drift', () => {
    const rule = byTag('article').find((a) => text(a).startsWith('In from AD - User O\'Brien Fix'))!;
    const rows = DomUtils.findAll((e) => e.name === 'tr', rule.children).map((r) => DomUtils.findAll((c) => c.name === 'td' || c.name === 'th', r.children).map(text));
    assert.deepEqual(rows, [
      ['Field', 'Primary', 'Staging'],
      ['precedence', '40', '45'],
      ['flows[department].expression', 'IIF([department] = "R&D <lab>", "Research | \'Development\'", [department])', 'IIF([department] = "R&D", "Research", [department])'],
    ]);
    assert.ok(!html.includes('Out to AAD - User Identity'), 'a same rule is only counted');
    const drift = byTag('ul').find((u) => u.attribs.class === 'drift')!;
    assert.deepEqual(DomUtils.findAll((e) => e.name === 'li', drift.children).map(text), [
      'In from AD - User Join (corp.example.com): precedence 100 → 101; tag Microsoft.InfromADUserJoin.004 → Microsoft.InfromADUserJoin.005',
    ]);
  });

  it('prints: page breaks avoid splitting a rule, and code wraps', () => {
    const css = text(byTag('style')[0]);
    assert.match(css, /@media print/);
    assert.match(css, /\.rule, tr, pre \{ break-inside: avoid; \}/);
    assert.match(css, /pre \{ white-space: pre-wrap; overflow-wrap: anywhere;/);
  });
});

describe('reports on the contoso server-config pair', () => {
  it('list exactly the four differences, by status and connector', { skip: skipWithoutCorpus }, () => {
    const primary = readServerConfig(corpusPath('server-config', 'contoso-1.1.130-modified'), nodeFileSource).configs[0];
    const staging = readServerConfig(corpusPath('server-config', 'contoso-1.1.130'), nodeFileSource).configs[0];
    const result = diffRuleSets(primary, staging);
    const md = renderMarkdown(result, { primaryLabel: 'contoso-1.1.130-modified', stagingLabel: 'contoso-1.1.130' });
    const headings = md.split('\n').filter((l) => /^#{2,4} |^- \*\*/.test(l));
    assert.deepEqual(headings, [
      '## Summary',
      '## Changed',
      '### Connector `contoso.com`',
      '#### In from AD - User Common',
      '### Connector `contoso.onmicrosoft.com - AAD`',
      '#### Out to AAD - User DynamicsCRM',
      '## Only on primary',
      '### Connector `contoso.com`',
      '- **Custom In from AD - User Join Filter SVC Accounts**: Inbound · custom rule · precedence 50 · user → person · Provision · 1 flow. The script creates it on staging from primary.',
      '## Only on staging',
      '### Connector `contoso.onmicrosoft.com - AAD`',
      '- **Out to AAD - Contact SharePointOnline**: Outbound · out-of-box rule · precedence 137 · person → contact · Join · 59 flows · tag Microsoft.OuttoAADContactSharePointOnline.003. Out-of-box rule: the script never deletes it; it warns.',
      '## How connectors were paired',
    ]);
    assert.match(md, /\| `flows\[department\]\.expression` \| `IIF\(IsNullOrEmpty\(\[department\]\), "Unassigned", Trim\(\[department\]\)\)` \| `Trim\(\[department\]\)` \|/);
    const html = renderHtml(result, { primaryLabel: 'a', stagingLabel: 'b' });
    const h4 = DomUtils.findAll((e) => e.name === 'h4', parseDocument(html).children).map((e) => DomUtils.textContent(e));
    assert.deepEqual(h4, ['In from AD - User Common', 'Out to AAD - User DynamicsCRM']);
  });
});

// ---- reading Markdown back, as GFM does ------------------------------------------------------------

/** Runs of lines that form a table (start with a pipe). */
function tableBlocks(lines: string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const l of [...lines, '']) {
    if (l.startsWith('|')) current.push(l);
    else if (current.length) out.push(current.splice(0));
  }
  return out;
}

/** A row's cells: split at pipes that no backslash escapes (GFM splits before it reads code spans). */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let k = 0; k < row.length; k++) {
    const c = row[k];
    if (c === '\\' && k + 1 < row.length) {
      cell += c + row[++k];
      continue;
    }
    if (c === '|') {
      out.push(cell.trim());
      cell = '';
      continue;
    }
    cell += c;
  }
  return out.slice(1);
}

/** A cell's text: a code span's content (escaped pipes restored), or the cell as is. */
function codeSpanText(cell: string): string {
  const m = /^(`+)( ?)([\s\S]*?)\2\1$/.exec(cell);
  return m ? m[3].replace(/\\\|/g, '|') : cell;
}
