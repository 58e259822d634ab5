import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { located, range } from '../../../../server/src/model/located';
import type { ScopeGroup } from '../../../../server/src/model/sync-rule';
import { scopesClearlyOverlap } from '../../../../server/src/checks/rules/anchors/scope-overlap';

const at = range(0, 0, 0, 0);

/** `['department EQUAL Sales', …]` per group; `null` stands for a value the input does not give. */
function scope(...groups: [string, string, string | null][][]): ScopeGroup[] {
  return groups.map((g) => ({
    range: at,
    conditions: g.map(([attribute, operator, value]) => ({ attribute: located(attribute), operator: located(operator), value: located(value), range: at })),
  }));
}

const overlap = (a: ScopeGroup[], b: ScopeGroup[]) => scopesClearlyOverlap(a, b) && scopesClearlyOverlap(b, a);
const apart = (a: ScopeGroup[], b: ScopeGroup[]) => !scopesClearlyOverlap(a, b) && !scopesClearlyOverlap(b, a);

describe('scopes that clearly overlap', () => {
  test('no scoping filter selects every object', () => {
    assert.ok(overlap(scope(), scope()));
    assert.ok(overlap(scope(), scope([['department', 'EQUAL', 'Sales']])));
  });

  test('conditions on different attributes can always hold together', () => {
    assert.ok(overlap(scope([['department', 'EQUAL', 'Sales']]), scope([['extensionAttribute1', 'EQUAL', 'Contractor']])));
  });

  test('one group of each side is enough', () => {
    assert.ok(overlap(scope([['c', 'EQUAL', 'DK']], [['c', 'EQUAL', 'SE']]), scope([['c', 'EQUAL', 'SE']])));
  });

  test('compatible conditions on one attribute', () => {
    const pairs: [string, string, string | null][][] = [
      [['a', 'EQUAL', 'Sales'], ['a', 'EQUAL', 'Sales']],
      [['a', 'EQUAL', 'Sales'], ['a', 'NOTEQUAL', 'HR']],
      [['a', 'EQUAL', 'Svc_1'], ['a', 'STARTSWITH', 'Svc_']],
      [['a', 'EQUAL', 'x'], ['a', 'ISNOTNULL', null]],
      [['a', 'STARTSWITH', 'ab'], ['a', 'STARTSWITH', 'abc']],
      [['a', 'STARTSWITH', 'ab'], ['a', 'NOTSTARTSWITH', 'abc']],
      [['a', 'NOTSTARTSWITH', 'User_'], ['a', 'NOTEQUAL', 'x']],
      [['uac', 'ISBITNOTSET', '2'], ['uac', 'ISBITSET', '512']],
      [['', 'ISMEMBEROF', 'CN=A'], ['', 'ISNOTMEMBEROF', 'CN=B']],
    ];
    for (const [x, y] of pairs) assert.ok(overlap(scope([x]), scope([y])), `${x.join(' ')} / ${y.join(' ')}`);
  });
});

describe('scopes that do not clearly overlap', () => {
  test('the same attribute EQUAL to different values', () => {
    assert.ok(apart(scope([['extensionAttribute1', 'EQUAL', 'Employee']]), scope([['extensionAttribute1', 'EQUAL', 'Contractor']])));
  });

  test('contradictions on one attribute, whichever side they come from', () => {
    const pairs: [string, string, string | null][][] = [
      [['a', 'EQUAL', 'x'], ['a', 'NOTEQUAL', 'x']],
      [['a', 'ISNULL', null], ['a', 'ISNOTNULL', null]],
      [['a', 'ISNULL', null], ['a', 'EQUAL', 'x']],
      [['a', 'STARTSWITH', 'Svc_'], ['a', 'NOTSTARTSWITH', 'svc_']],
      [['a', 'STARTSWITH', 'ab'], ['a', 'STARTSWITH', 'ac']],
      [['a', 'EQUAL', 'Sales'], ['a', 'STARTSWITH', 'HR']],
      [['uac', 'ISBITSET', '2'], ['uac', 'ISBITNOTSET', '2']],
      [['', 'ISMEMBEROF', 'CN=A'], ['', 'ISNOTMEMBEROF', 'cn=a']],
    ];
    for (const [x, y] of pairs) assert.ok(apart(scope([x]), scope([y])), `${x.join(' ')} / ${y.join(' ')}`);
  });

  test('what cannot be judged counts as apart: case-only differences, ordering compares, unknown values', () => {
    assert.ok(apart(scope([['a', 'EQUAL', 'True']]), scope([['a', 'EQUAL', 'TRUE']])));
    assert.ok(apart(scope([['memberCount', 'LESSTHAN', '50000']]), scope([['memberCount', 'GREATERTHAN', '10']])));
    assert.ok(apart(scope([['a', 'EQUAL', null]]), scope()));
  });

  test('a group that contradicts itself selects nothing', () => {
    assert.ok(apart(scope([['a', 'EQUAL', 'x'], ['a', 'EQUAL', 'y']]), scope()));
  });
});
