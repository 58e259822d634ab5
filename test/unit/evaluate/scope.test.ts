import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { inScope } from '../../../server/src/evaluate';
import type { ScopeCondition, ScopeGroup } from '../../../server/src/model/sync-rule';
import { sample } from './helpers';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function condition(attribute: string | null, operator: string, value: string | null = null): ScopeCondition {
  return { attribute: { value: attribute }, operator: { value: operator }, value: { value }, range };
}

function group(...conditions: ScopeCondition[]): ScopeGroup {
  return { conditions, range };
}

/** The verdict of one condition on one object. */
function one(object: Record<string, unknown>, attribute: string | null, operator: string, value: string | null = null) {
  return inScope([group(condition(attribute, operator, value))], sample(object)).inScope;
}

describe('scoping filters', () => {
  test('no groups: every object is in scope', () => {
    const result = inScope([], sample());
    assert.equal(result.inScope, true);
    assert.match(result.reasons[0], /no scoping filter/);
  });

  test('EQUAL and NOTEQUAL compare text, ignoring case', () => {
    assert.equal(one({ isCriticalSystemObject: true }, 'isCriticalSystemObject', 'EQUAL', 'TRUE'), true);
    assert.equal(one({ department: 'Sales' }, 'department', 'EQUAL', 'sales'), true);
    assert.equal(one({ department: 'Sales' }, 'department', 'EQUAL', 'HR'), false);
    assert.equal(one({}, 'department', 'EQUAL', 'HR'), false);
    assert.equal(one({ department: 'Sales' }, 'department', 'NOTEQUAL', 'HR'), true);
    assert.equal(one({ department: 'HR' }, 'department', 'NOTEQUAL', 'hr'), false);
    assert.equal(one({}, 'department', 'NOTEQUAL', 'HR'), true);
  });

  test('STARTSWITH and NOTSTARTSWITH; an absent attribute passes the negated test', () => {
    assert.equal(one({ adminDescription: 'User_x' }, 'adminDescription', 'STARTSWITH', 'User_'), true);
    assert.equal(one({ adminDescription: 'User_x' }, 'adminDescription', 'NOTSTARTSWITH', 'User_'), false);
    assert.equal(one({}, 'adminDescription', 'NOTSTARTSWITH', 'User_'), true);
    assert.equal(one({}, 'adminDescription', 'STARTSWITH', 'User_'), false);
  });

  test('ENDSWITH and NOTENDSWITH', () => {
    assert.equal(one({ mail: 'a@Contoso.com' }, 'mail', 'ENDSWITH', '@contoso.com'), true);
    assert.equal(one({ mail: 'a@fabrikam.com' }, 'mail', 'ENDSWITH', '@contoso.com'), false);
    assert.equal(one({ mail: 'a@fabrikam.com' }, 'mail', 'NOTENDSWITH', '@contoso.com'), true);
  });

  test('CONTAINS and NOTCONTAINS', () => {
    assert.equal(one({ description: 'service account' }, 'description', 'CONTAINS', 'SERVICE'), true);
    assert.equal(one({ description: 'person' }, 'description', 'CONTAINS', 'service'), false);
    assert.equal(one({ description: 'service account' }, 'description', 'NOTCONTAINS', 'service'), false);
  });

  test('ISNULL and ISNOTNULL test presence', () => {
    assert.equal(one({}, 'sourceAnchor', 'ISNULL'), true);
    assert.equal(one({ sourceAnchor: '' }, 'sourceAnchor', 'ISNULL'), true);
    assert.equal(one({ sourceAnchor: 'abc' }, 'sourceAnchor', 'ISNULL'), false);
    assert.equal(one({ sourceAnchor: 'abc' }, 'sourceAnchor', 'ISNOTNULL'), true);
    assert.equal(one({}, 'sourceAnchor', 'ISNOTNULL'), false);
  });

  test('ISIN and ISNOTIN look among the values of a multi-valued attribute', () => {
    const user = { objectClass: ['top', 'person', 'user'] };
    assert.equal(one(user, 'objectClass', 'ISIN', 'User'), true);
    assert.equal(one(user, 'objectClass', 'ISIN', 'contact'), false);
    assert.equal(one(user, 'objectClass', 'ISNOTIN', 'contact'), true);
    assert.equal(one(user, 'objectClass', 'ISNOTIN', 'person'), false);
  });

  test('ISBITSET and ISBITNOTSET take the bit in decimal', () => {
    assert.equal(one({ userAccountControl: 514 }, 'userAccountControl', 'ISBITSET', '2'), true);
    assert.equal(one({ userAccountControl: 512 }, 'userAccountControl', 'ISBITSET', '2'), false);
    assert.equal(one({ userAccountControl: 512 }, 'userAccountControl', 'ISBITNOTSET', '2'), true);
    assert.equal(one({ userAccountControl: '514' }, 'userAccountControl', 'ISBITNOTSET', '2'), false);
    assert.equal(one({ userAccountControl: 'abc' }, 'userAccountControl', 'ISBITSET', '2'), 'unknown');
  });

  test('LESSTHAN, GREATERTHAN and the OR_EQUAL forms compare integers as numbers', () => {
    assert.equal(one({ level: 5 }, 'level', 'LESSTHAN', '10'), true);
    assert.equal(one({ level: 10 }, 'level', 'LESSTHAN', '10'), false);
    assert.equal(one({ level: 10 }, 'level', 'LESSTHAN_OR_EQUAL', '10'), true);
    assert.equal(one({ level: 11 }, 'level', 'GREATERTHAN', '10'), true);
    assert.equal(one({ level: 9 }, 'level', 'GREATERTHAN_OR_EQUAL', '10'), false);
    assert.equal(one({ code: 'b' }, 'code', 'GREATERTHAN', 'A'), true);
    assert.equal(one({}, 'level', 'GREATERTHAN', '1'), false);
  });

  test('ISMEMBEROF and ISNOTMEMBEROF cannot be decided from a sample', () => {
    const result = inScope([group(condition('', 'ISMEMBEROF', 'CN=Pilot,OU=Groups,DC=contoso,DC=com'))], sample());
    assert.equal(result.inScope, 'unknown');
    assert.match(result.reasons[0], /connector space/);
    assert.equal(one({}, '', 'ISNOTMEMBEROF', 'CN=Pilot'), 'unknown');
  });

  test('operators as PowerShell binds them: numbers and other case; misspellings are not bound', () => {
    assert.equal(one({ department: 'HR' }, 'department', '0', 'hr'), true);
    assert.equal(one({ department: 'HR' }, 'department', 'equal', 'hr'), true);
    assert.equal(one({ userAccountControl: 512 }, 'userAccountControl', 'ISNOTBITSET', '2'), 'unknown');
    assert.equal(one({}, 'x', 'SOUNDSLIKE', 'y'), 'unknown');
  });

  test('conditions of a group are AND-ed; the reason names the deciding one', () => {
    const groups = [group(condition('isCriticalSystemObject', 'NOTEQUAL', 'True'), condition('adminDescription', 'NOTSTARTSWITH', 'User_'))];
    assert.deepEqual(inScope(groups, sample({ isCriticalSystemObject: false })), { inScope: true, reasons: ['Group 1 takes the object: all 2 conditions hold.'] });
    const out = inScope(groups, sample({ adminDescription: 'User_123' }));
    assert.equal(out.inScope, false);
    assert.deepEqual(out.reasons, ['Group 1: adminDescription NOTSTARTSWITH "User_" is false (adminDescription is "User_123").']);
  });

  test('groups are OR-ed: one taking the object is enough', () => {
    const groups = [group(condition('department', 'EQUAL', 'HR')), group(condition('department', 'EQUAL', 'Sales'))];
    const result = inScope(groups, sample({ department: 'Sales' }));
    assert.equal(result.inScope, true);
    assert.match(result.reasons[0], /^Group 2 takes the object/);
    const none = inScope(groups, sample({ department: 'IT' }));
    assert.equal(none.inScope, false);
    assert.equal(none.reasons.length, 2);
  });

  test('a false group and an undecidable one make the whole filter undecidable', () => {
    const groups = [group(condition('department', 'EQUAL', 'HR')), group(condition('', 'ISMEMBEROF', 'CN=Pilot'))];
    assert.equal(inScope(groups, sample({ department: 'IT' })).inScope, 'unknown');
    assert.equal(inScope(groups, sample({ department: 'HR' })).inScope, true);
  });

  test('a false condition decides a group even after an undecidable one', () => {
    const groups = [group(condition('', 'ISMEMBEROF', 'CN=Pilot'), condition('department', 'EQUAL', 'HR'))];
    assert.equal(inScope(groups, sample({ department: 'IT' })).inScope, false);
  });

  test('a reason mentions an attribute present only in another case', () => {
    const result = inScope([group(condition('Department', 'EQUAL', 'HR'))], sample({ department: 'HR' }));
    assert.equal(result.inScope, false);
    assert.match(result.reasons[0], /Department is absent \(the sample has department, in another case\)/);
  });
});
