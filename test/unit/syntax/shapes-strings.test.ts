import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertClean, assertSource, assertStringRangesSliceBack, flowTo, readShape, ruleNamed } from './shape-reading';

describe('shapes: strings', () => {
  test("single quotes: '' is one quote, and the range still covers it doubled", () => {
    const shape = readShape('single-quoted-strings.ps1');
    assertClean(shape);
    const rule = ruleNamed(shape, "In from AD - User O'Neil override");
    assertSource(shape, rule.name, "In from AD - User O'Neil override", "In from AD - User O''Neil override");
    assertSource(shape, rule.description, `It's a 'quoted' word and a "double" one`, `It''s a ''quoted'' word and a "double" one`);
    assertSource(shape, flowTo(rule, 'sn').expression, `IIF([sn]="O'Neil","O'Neill",[sn])`, `IIF([sn]="O''Neil","O''Neill",[sn])`);
    assertStringRangesSliceBack(shape, rule);
  });

  test('single quotes: a multi-line expression keeps its leading line break and indentation', () => {
    const shape = readShape('single-quoted-strings.ps1');
    const expression = '\n      IIF(IsPresent([employeeID]),\n          Trim([employeeID]),\n          NULL)';
    const flow = flowTo(ruleNamed(shape, "In from AD - User O'Neil override"), 'employeeID');
    assertSource(shape, flow.expression, expression, expression);
    assert.deepEqual(flow.sources.value, ['employeeID']);
    assert.equal(flow.flowType.value, 'Expression');
    // The parameters after the string are still read: the string ended where it should.
    assert.equal(flowTo(ruleNamed(shape, "In from AD - User O'Neil override"), 'sn').valueMergeType.value, 'Update');
  });

  test("here-string description (Documenter): the value is the lines between @' and '@", () => {
    const shape = readShape('here-string-description.ps1');
    assertClean(shape);
    const rule = ruleNamed(shape, 'In from AD - Fabrikam Service Accounts');
    const description = `Filters service accounts whose sAMAccountName starts with "svc-".\nIt's kept as written: 'single' quotes, "double" quotes and a \`backtick.`;
    assertSource(shape, rule.description, description, description);
    // Everything after the here-string's closing line belongs to the same command.
    assert.equal(rule.precedence.value, 55);
    assert.equal(rule.precedenceAfter.value, '00000000-0000-0000-0000-000000000000');
    assert.equal(rule.softDeleteExpiryInterval.value, '00:00:00');
    assert.equal(rule.identifier.value, '8a3c5e71-0d2f-4b46-9e8a-71c3f5d9b2a0');
    assert.equal(rule.committed, true);
    assertStringRangesSliceBack(shape, rule);
  });

  test('double quotes: backtick escapes and "" are unescaped; the range covers the text as written', () => {
    const shape = readShape('double-quoted-strings.ps1');
    assertClean(shape);
    const rule = ruleNamed(shape, 'In from AD - Fabrikam "Quoted" Title');
    assertSource(shape, rule.name, 'In from AD - Fabrikam "Quoted" Title', 'In from AD - Fabrikam `"Quoted`" Title');
    assertSource(shape, rule.description, 'Tab\there; a "doubled" quote; a $dollar', 'Tab`there; a ""doubled"" quote; a `$dollar');
    assertSource(shape, flowTo(rule, 'title').expression, 'IIF([title]="CEO","Chief Executive",[title])', 'IIF([title]=`"CEO`",`"Chief Executive`",[title])');
    assert.equal(rule.identifier.value, '0d2f4b68-9e1a-4c3d-b57f-1a3c5e7f9b02');
    assert.equal(rule.precedence.value, 77);
    assert.equal(rule.committed, true);
    assertStringRangesSliceBack(shape, rule);
  });

  test('double quotes with $variable are expanded at run time: unresolved, never guessed', () => {
    const shape = readShape('double-quoted-strings.ps1');
    const tag = ruleNamed(shape, 'In from AD - Fabrikam "Quoted" Title').immutableTag;
    assert.equal(tag.value, null);
    assert.equal(tag.unresolved, '"Fabrikam-$suffix"');
  });
});
