import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { error, mv, value } from './helpers';

describe('program flow functions', () => {
  test('IIF takes a branch; a NULL condition counts as False', () => {
    assert.equal(value('IIF(True,1,2)'), 1);
    assert.equal(value('IIF([employeeType]="Intern","t-" & [alias],[alias])', { employeeType: 'Intern', alias: 'jd' }), 't-jd');
    assert.equal(value('IIF([employeeType]="Intern","t-" & [alias],[alias])', { alias: 'jd' }), 'jd');
    assert.equal(value('IIF(NULL,"yes","no")'), 'no');
  });

  test('IIF evaluates only the branch it takes', () => {
    assert.equal(value('IIF(IsPresent([accountName]),[accountName],Error("AccountName is required"))', { accountName: 'jd' }), 'jd');
    assert.equal(error('IIF(IsPresent([accountName]),[accountName],Error("AccountName is required"))'), 'AccountName is required');
  });

  test('IIF with a multi-valued condition chooses per value (the reference example)', () => {
    const user = { proxyAddresses: ['SMTP:jd@contoso.com', 'SIP:jd@contoso.com', 'smtp:john@contoso.com'] };
    assert.deepEqual(value('IIF(InStr([proxyAddresses],"SIP:")=1,NULL,[proxyAddresses])', user), mv('SMTP:jd@contoso.com', 'smtp:john@contoso.com'));
  });

  test('IIF refuses a condition that is not True, False or NULL', () => {
    assert.match(error('IIF(1,2,3)'), /IIF: the condition must be True or False, not a Number value/);
  });

  test('Switch: the value of the first true condition (the reference example)', () => {
    const languages = 'Switch([city] = "London", "English", [city] = "Rome", "Italian", [city] = "Paris", "French", True, Error("Unknown city"))';
    assert.equal(value(languages, { city: 'Rome' }), 'Italian');
    assert.equal(error(languages, { city: 'Oslo' }), 'Unknown city');
    assert.equal(value('Switch(False, 1, [absent] = 2, 2)'), null);
    assert.match(error('Switch(True, 1, False)'), /Not enough arguments to Switch function/);
  });

  test('Select applies a function to each value (the reference example)', () => {
    assert.deepEqual(value('Select($item,[otherPhone],Replace($item,"-",""))', { otherPhone: ['555-1234', '555-98-76'] }), mv('5551234', '5559876'));
  });

  test('Where keeps the values that satisfy the condition; none left is NULL', () => {
    const user = { proxyAddresses: ['smtp:jd@contoso.com', 'SMTP:john@contoso.com'] };
    assert.deepEqual(value('Where($item,[proxyAddresses],Left($item,5)="SMTP:")', user), mv('SMTP:john@contoso.com'));
    assert.equal(value('Where($item,[proxyAddresses],Left($item,4)="x500")', user), null);
  });

  test('With names a subexpression (the reference example, on dates instead of certificates)', () => {
    const expression = 'With($recent,Where($item,[dates],CDate($item)>Now()),IIF(Count($recent)>0,$recent,NULL))';
    assert.deepEqual(value(expression, { dates: ['1999-01-01', '2001-01-01'] }), mv('2001-01-01'));
    assert.equal(value(expression, { dates: ['1999-01-01'] }), null);
    assert.equal(value('With($x, 3, $x * $x)'), 9);
  });

  test('variables: declared once, and only where bound', () => {
    assert.match(error('Where($item,[a],Count(Where($item,[a],True))>0)', { a: ['x'] }), /Variable \$item is already declared/);
    assert.match(error('Len($nothing)'), /Variable \$nothing is not declared/);
    assert.match(error('Where([a],[a],True)', { a: ['x'] }), /Argument 1 of function Where must be a \$variable/);
  });

  test('Error gives exactly its message', () => {
    assert.deepEqual(error('Error("SourceAnchor attribute has changed.")'), 'SourceAnchor attribute has changed.');
  });
});
