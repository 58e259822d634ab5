import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { scan } from '../../../server/src/syntax/scanner';
import { layoutReading } from '../../support/layout-reading';
import * as T from '../../../server/src/syntax/tokens';
import { MUTATORS } from '../../fuzz/mutate';
import { Random } from '../../fuzz/random';
import { corpusScripts, generatedExport, hasGenerator, ownFixtures, random } from './edit-chains';
import { fixturePath } from '../../support/corpus';

function assertSameReading(text: string, what: string) {
  const fast = layoutReading(text, true);
  const general = layoutReading(text, false);
  assert.equal(fast.problems, general.problems, `${what}: problems`);
  assert.equal(fast.comments, general.comments, `${what}: comments`);
  if (fast.tree !== general.tree) assert.deepEqual(JSON.parse(fast.tree), JSON.parse(general.tree), what);
  assert.equal(fast.tree, general.tree, `${what}: key order`);
  return fast;
}

const fixtureScripts = () => {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(full);
      else if (/\.ps1(\.txt)?$/i.test(e.name)) out.push(full);
    }
  };
  walk(fixturePath());
  return out;
};

describe('the Rules Editor layout read without tokens', () => {
  it('gives the tree, problems and comments the general scanner and parser give, on every fixture and real script', () => {
    const files = [...fixtureScripts(), ...corpusScripts()];
    assert.ok(files.length > 100, `${files.length} scripts`);
    let fast = 0;
    for (const file of files) fast += assertSameReading(fs.readFileSync(file, 'utf8'), file).layoutStatements;
    // The fast path is taken on real files, not only skipped.
    assert.ok(fast > 500, `${fast} statements read in the layout`);
  });

  it('reads every statement of a generated export in the layout', { skip: hasGenerator ? false : 'no generator' }, () => {
    const text = generatedExport(300, 11);
    const r = assertSameReading(text, 'generated export');
    assert.equal(r.layoutStatements, r.statements);
  });

  it('leaves to the general reading what the layout does not allow, with the same result', () => {
    const line = (body: string) => `Add-ADSyncAttributeFlowMapping  \`\r\n-SynchronizationRule $syncRule[0] \`\r\n${body}\r\n\r\nNew-Object -TypeName 'x'\r\n`;
    const taken = [
      "-Source @('mail','sn') `\r\n-OutVariable syncRule",
      "-ArgumentList 'a','b',$false `\r\n-OutVariable condition0",
      "-ScopeConditions @($condition0[0],$condition1[0]) `\r\n-OutVariable syncRule",
      "-Description 'owner''s note' `\r\n-Precedence 007 `\r\n-Disabled  `\r\n-OutVariable syncRule",
      '-OutVariable syncRule',
      "-Expression 'IIF([a]=\"b\",1,2)'\t`\n\t-OutVariable x",
    ];
    const declined = [
      "-Precedence 0` \r\n-OutVariable syncRule", // backtick then a space: escapes the space into the word
      "-Name 'a\r\nb' `\r\n-OutVariable x", // a string over two lines
      "-Name ‘typographic’ `\r\n-OutVariable x",
      "-Name 'it’s' `\r\n-OutVariable x",
      '-Connector $connectorAD.Identifier `\r\n-OutVariable x',
      '-Path $env:Path `\r\n-OutVariable x',
      "-Name:'x' `\r\n-OutVariable x",
      "-Name 'x' 'y' `\r\n-OutVariable x",
      "-Name 'x' # note `\r\n-OutVariable x",
      "-Name 'x' `\r\n\r\n-OutVariable x", // a blank line after the continuation
      "-Name 'x' `\r\n'y'", // a value on a line of its own
      "-Name 'x'\r\n-OutVariable x", // a lost backtick: the general scanner reports it
      "-Name 'x' `\r\n–OutVariable x", // an en dash
      "-Source @() `\r\n-OutVariable x",
      "-Source @('a')[0] `\r\n-OutVariable x",
      "-Source @(a) `\r\n-OutVariable x",
      "-Source @('a', 'b') `\r\n-OutVariable x",
      '-Precedence 0x10 `\r\n-OutVariable x',
      '-Precedence -1 `\r\n-OutVariable x',
      '-OutVariable sync-Rule',
      "-OutVariable sync.Rule",
      "-Name 'x' `",
      "-Name 'x' ` ",
      "-Name 'unterminated `\r\n-OutVariable x",
      '-SynchronizationRule $syncRule[0][1] `\r\n-OutVariable x',
      '-SynchronizationRule $syncRule[a] `\r\n-OutVariable x',
      '-SynchronizationRule $sync\u00e9 `\r\n-OutVariable x',
      "-Name 'x'\u00a0`\r\n-OutVariable x",
      "-Name 'x' `\r\n-le", // an operator at the end of the line: the statement goes on (found by the fuzzer)
      "-Name 'x' `\r\n-and",
    ];
    for (const body of taken) assert.ok(assertSameReading(line(body), body).layoutStatements >= 1, `taken: ${body}`);
    for (const body of declined) {
      const text = line(body);
      const r = assertSameReading(text, body);
      // The first statement (the one with the odd line) is left to the general reading.
      assert.equal(scan(text, 0, text.length, true).tokens[0].tokenType, T.Word, `declined: ${body}`);
      void r;
    }
    // Line breaks of every kind, and a file that ends without one.
    for (const br of ['\n', '\r\n', '\r']) assertSameReading(`New-ADSyncRule  \`${br}-Name 'x' \`${br}-OutVariable syncRule${br}Add-ADSyncRule \`${br}-SynchronizationRule $syncRule[0]`, JSON.stringify(br));
  });

  it('in a window of the text (an edit read again) a statement that runs past the window is left to the general reading', () => {
    const text = "New-ADSyncRule  `\n-Name 'x' `\n-OutVariable syncRule\n";
    const cut = text.indexOf('-OutVariable');
    assert.equal(scan(text, 0, cut, true).tokens.some((t) => t.tokenType === T.LayoutStatement), false);
    assert.equal(scan(text, 0, text.length, true).tokens[0].tokenType, T.LayoutStatement);
  });

  it('stays equal to the general reading on thousands of damaged exports', () => {
    const sources = [...ownFixtures(), ...corpusScripts()].map((f) => fs.readFileSync(f));
    if (hasGenerator) sources.push(Buffer.from(generatedExport(20, 5)));
    const cheap = MUTATORS.filter((m) => !/1 MB|10,000/.test(m.name));
    const pick = random(20261205);
    const edits = ["'", '`', ' `', '(', ')', '@', '$', '-', ',', '\n', '\r\n', '#', '‘', 'a', '0', ':', '.', '[', ']', '\t', ''];
    for (let k = 0; k < 3000; k++) {
      const r = new Random(k + 1);
      let bytes: Buffer = sources[k % sources.length];
      if (k % 2 === 0) {
        bytes = cheap[r.below(cheap.length)].apply(bytes, r);
      } else {
        // Small edits where the layout is decided: next to backticks, quotes, dashes and line ends.
        let text = bytes.toString('utf8');
        for (let n = 1 + pick(3); n > 0; n--) {
          const at = pick(text.length + 1);
          const remove = pick(3) === 0 ? 1 : 0;
          text = text.slice(0, at) + edits[pick(edits.length)] + text.slice(at + remove);
        }
        bytes = Buffer.from(text);
      }
      assertSameReading(bytes.toString('utf8'), `case ${k}`);
    }
  });
});
