import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { nodeFileSource } from '../../../../server/src/formats/node-file-source';
import { readServerConfig } from '../../../../server/src/formats/server-config';
import { CHECKS } from '../../../../server/src/checks/rules/values';
import { ruleDiagnostics } from '../../../../server/src/service/rule-diagnostics';
import { applyFix, fixOf, fixtureDir, textAt } from './support';

/** The checks read the model, so a server export's XML is judged like a script, with ranges inside the elements. */
test('a server export: operator typo, empty value, Constant special word and an uncut description, placed in the XML', () => {
  const folder = path.join(fixtureDir, 'servers', 'typos');
  const reading = readServerConfig(folder, nodeFileSource);
  const textOf = (f: string) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : undefined);
  const found = ruleDiagnostics([reading], textOf, { workspace: false, checks: CHECKS });
  const file = reading.configs[0].rules[0].file;
  const text = textOf(file)!;
  const seen = found.map((d) => `${d.code} ${d.range.start.line + 1} ${JSON.stringify(textAt(text, d.range))}`);
  assert.deepEqual(seen, [
    'AADC014 22 "AuthoritativeNull"',
    'AADC022 39 "NOTSTARTWITH"',
    'AADC022 45 "<csValue />"',
    'AADC027 30 "[description]"',
  ]);
  // The fix writes through the XML's entities: the rest of the expression keeps its &amp; and &lt;&gt;.
  const uncut = found.find((d) => d.code === 'AADC027')!;
  assert.match(applyFix(text, fixOf(uncut)!), /Trim\(Item\(Left\(\[description\],448\),1\)\), NULL\)<\/expression>/);
  assert.equal(applyFix(text, fixOf(found.find((d) => d.code === 'AADC022')!)!).includes('<csOperator>NOTSTARTSWITH</csOperator>'), true);
});
