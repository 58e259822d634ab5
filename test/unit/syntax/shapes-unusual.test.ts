import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertClean, assertSource, readShape, ruleNamed } from './shape-reading';

// Valid scripts that once read wrongly: each states the right result.
describe('shapes: hand-pasted and unusual layouts', () => {
  test('a param() block indented, then the export pasted at column 0, is one function body', () => {
    const shape = readShape('function-dedented-body.ps1');
    assertClean(shape);
    assert.equal(ruleNamed(shape, 'In from AD - Fabrikam Phone Override').committed, true);
  });

  test('a multi-line description whose lines start like commands (Set-…, if (…)) is one string', () => {
    const shape = readShape('multi-line-string-with-command-words.ps1');
    assertClean(shape);
    const rule = ruleNamed(shape, 'In from AD - Fabrikam Long Description');
    const description = 'Keeps the old office value while the move runs.\nSet-ADSyncScheduler must be off while this rule is tested;\nif (the office is empty) nothing flows.';
    assertSource(shape, rule.description, description, description);
    assert.equal(rule.precedence.value, 78);
    assert.equal(rule.committed, true);
  });

  test('object-property conditions ($s = New-Object …; $s.Attribute = …) bind like -ArgumentList', () => {
    const shape = readShape('object-property-style.ps1');
    assertClean(shape);
    const rule = ruleNamed(shape, 'In from AD - Fabrikam Property Style');
    assert.deepEqual(rule.scopeGroups.map((g) => g.conditions.map((c) => [c.attribute.value, c.operator.value, c.value.value])), [
      [['department', 'EQUAL', 'Research']],
    ]);
    assertSource(shape, rule.scopeGroups[0].conditions[0].value, 'Research', 'Research');
  });

  test('object-property style at least reads without a syntax error', () => {
    const shape = readShape('object-property-style.ps1');
    assert.deepEqual(shape.reading.diagnostics.filter((d) => d.code === 'AADC000'), []);
    assert.equal(ruleNamed(shape, 'In from AD - Fabrikam Property Style').committed, true);
  });

  test('@splat arguments may supply mandatory parameters: no AADC024, and no positional binding', () => {
    const shape = readShape('splatted-parameters.ps1');
    assertClean(shape);
    const rule = ruleNamed(shape, 'In from AD - Fabrikam Splatted');
    assert.equal(rule.precedence.value, 79);
    assert.notEqual(rule.direction.unresolved, '@common', 'the splat is not the value of -Direction');
  });

  test('New-ADSyncRule … | Add-ADSyncRule commits the rule', () => {
    const shape = readShape('piped-add-rule.ps1');
    assertClean(shape);
    assert.equal(ruleNamed(shape, 'In from AD - Fabrikam Piped').committed, true);
  });

  test('parameters written with an en dash (–Name, pasted from a word processor) are parameters', () => {
    const shape = readShape('typographic-dashes.ps1');
    assertClean(shape);
    const rule = ruleNamed(shape, 'In from AD - Fabrikam Pasted');
    assert.equal(rule.precedence.value, 81);
    assert.equal(rule.committed, true);
  });

  test("-Source ('a','b') is the same list as @('a','b')", () => {
    const shape = readShape('parenthesised-list.ps1');
    assertClean(shape);
    const flow = ruleNamed(shape, 'In from AD - Fabrikam Paren List').flows[0];
    assertSource(shape, flow.sources, ['givenName', 'sn'], "('givenName','sn')");
  });
});
