import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, evaluateText } from '../../../server/src/evaluate';
import type { Expr } from '../../../server/src/expression/ast';
import { error, sample } from './helpers';

describe('bad input gives a clear error, never an exception', () => {
  test('an unknown function, with the case-sensitive near miss', () => {
    assert.equal(error('Foo(1)'), 'Function Foo is undefined.');
    assert.equal(error('iif(True,1,2)'), 'Function iif is undefined (names are case-sensitive: IIF).');
  });

  test('the wrong number of arguments', () => {
    assert.equal(error('Left("abc")'), 'Function Left takes 2 arguments, not 1.');
    assert.equal(error('Now(1)'), 'Function Now takes 0 arguments, not 1.');
    assert.equal(error('Mid("a")'), 'Function Mid takes 2 to 3 arguments, not 1.');
    assert.equal(error('Switch(True)'), 'Function Switch takes at least 2 arguments, not 1.');
  });

  test('an argument of the wrong type, in the engine wording', () => {
    assert.equal(error('Len(5)'), 'Argument 1 of function Len: expected type String, passed Number.');
    assert.equal(error('Left("abc", "2")'), 'Argument 2 of function Left: expected type Number, passed String.');
    assert.equal(error('FormatDateTime("2001-01-01", "yyyy")'), 'Argument 1 of function FormatDateTime: expected type DateTime, passed String.');
  });

  test('an expression that does not parse', () => {
    assert.match(error('IIF(True,1'), /^The expression does not parse: /);
    assert.match(error(''), /^The expression does not parse: The expression is empty/);
  });

  test('a hand-built tree nested past the guard', () => {
    let root: Expr = { kind: 'number', value: 1, hex: false, start: 0, end: 0 };
    for (let i = 0; i < 5000; i++) root = { kind: 'group', inner: root, start: 0, end: 0 };
    const result = evaluate(root, sample());
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.error, /nests more than 200 levels/);
  });

  test('a long chain of operators evaluates without deep recursion', () => {
    const result = evaluateText(Array(900).fill('1').join('+'), sample());
    assert.deepEqual(result, { ok: true, value: 900, standIns: [] });
  });

  test('a missing operand in a hand-built tree', () => {
    const result = evaluate({ kind: 'missing', start: 0, end: 0 }, sample());
    assert.deepEqual(result, { ok: false, error: 'The expression is incomplete: a value is missing.', standIns: [] });
  });
});
