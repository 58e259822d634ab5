import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lexExpression } from '../../../server/src/expression/lexer';
import { parseExpression } from '../../../server/src/expression/parser';
import { normalForm, prettyPrint, shape } from '../../../server/src/expression/print';
import { expressionDiagnostics } from '../../../server/src/service/expression-diagnostics';
import { skipWithoutCorpus } from '../../support/corpus';
import { corpusReadings, corpusText } from '../../support/corpus-rules';

/** Every expression of every real file: the server export's 1,200 flows, the exports, both Documenter outputs. */
function corpusExpressions() {
  return corpusReadings().flatMap((r) => r.configs.flatMap((c) => c.rules.flatMap((rule) => rule.flows.map((f) => ({ rule, text: f.expression.value })))))
    .filter((e): e is { rule: typeof e.rule; text: string } => e.text !== null);
}

describe('real expressions', { skip: skipWithoutCorpus }, () => {
  test('every one parses without a problem', () => {
    const all = corpusExpressions();
    assert.ok(all.length > 1500, `expected the whole corpus, found ${all.length} expressions`);
    const broken = all.map((e) => ({ e, p: parseExpression(e.text) })).filter(({ p }) => p.problems.length > 0);
    assert.deepEqual(broken.map(({ e, p }) => `${e.rule.name.value}: ${p.problems[0].message}`), []);
  });

  test('no check finds anything on them (they are what the engine runs)', () => {
    const diagnostics = corpusReadings().flatMap((r) => expressionDiagnostics(r.configs.flatMap((c) => c.rules), corpusText));
    assert.deepEqual(diagnostics.map((d) => `${d.file}:${d.range.start.line + 1} ${d.code} ${d.message}`), []);
  });

  test('each round-trips through the normal form and the pretty layout to an equal tree', () => {
    let count = 0;
    for (const { text } of corpusExpressions()) {
      const root = parseExpression(text).root;
      const normal = normalForm(root);
      const again = parseExpression(normal);
      assert.deepEqual(again.problems, [], normal);
      assert.deepEqual(shape(again.root), shape(root), normal);
      assert.equal(normalForm(again.root), normal, 'the normal form is a fixed point');
      const pretty = parseExpression(prettyPrint(root, 60));
      assert.deepEqual(shape(pretty.root), shape(root));
      count++;
    }
    assert.ok(count > 1500);
  });

  test('whitespace does not change the normal form', () => {
    for (const { text } of corpusExpressions().slice(0, 300)) {
      // Every token apart, with line breaks and indentation between them (as multi-line expressions are written).
      const spaced = lexExpression(text).tokens.map((t) => text.slice(t.start, t.end)).join(' \n    ');
      assert.equal(normalForm(parseExpression(spaced).root), normalForm(parseExpression(text).root));
    }
  });
});
