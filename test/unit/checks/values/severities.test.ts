import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { textAt, validateFixture } from './support';

/** Where one check reports with more than one severity, each finding says how sure it is. */
function severities(name: string, code: string) {
  const { fixture, diagnostics } = validateFixture(name);
  return diagnostics.filter((d) => d.code === code).map((d) => [textAt(fixture.text, d.range), d.severity, d.message] as const);
}

test('AADC013: NULL as the whole expression is a warning, a NULL branch information', () => {
  assert.deepEqual(
    severities('null-instead-of-authoritativenull.violation.ps1', 'AADC013').map(([t, s]) => [t, s]),
    [
      ['NULL', DiagnosticSeverity.Warning],
      ['NULL', DiagnosticSeverity.Information],
      ['NULL', DiagnosticSeverity.Information],
    ],
  );
});

test('AADC022: a misspelling is an error, a value beside ISNULL a warning, another case information', () => {
  const found = severities('scope-operator-invalid.violation.ps1', 'AADC022');
  assert.deepEqual(found.map(([t, s]) => [t, s]), [
    ['NOTSTARTWITH', DiagnosticSeverity.Error],
    ['ISNOTBITSET', DiagnosticSeverity.Error],
    ['LESSTHANOREQUAL', DiagnosticSeverity.Error],
    ['', DiagnosticSeverity.Error],
    ['x', DiagnosticSeverity.Warning],
    ['equal', DiagnosticSeverity.Information],
    ['EQUALS', DiagnosticSeverity.Error],
    ['ISMEMBEROF', DiagnosticSeverity.Error],
    ['', DiagnosticSeverity.Error],
  ]);
  assert.match(found[0][2], /DOC-CHANGE/);
});

test('AADC028: refused values are errors and say every reason; changed or suspicious ones warnings', () => {
  const found = severities('constant-attribute-validity.violation.ps1', 'AADC028');
  assert.deepEqual(found.map(([t, s]) => [t, s]), [
    ['svc account@contoso.com', DiagnosticSeverity.Error],
    ['Contractor', DiagnosticSeverity.Error],
    ['.shared', DiagnosticSeverity.Warning],
    ['shared@contoso.com', DiagnosticSeverity.Error],
    ['   ', DiagnosticSeverity.Error],
    ['member', DiagnosticSeverity.Warning],
    ['svc:extraordinarily-long', DiagnosticSeverity.Error],
  ]);
  assert.match(found[0][2], /contains a space; every object in the rule's scope gets this same value/);
  assert.match(found[6][2], /has 24 characters, at most 20 are allowed; the value contains ':'/);
  assert.doesNotMatch(found[3][2], /unique/, 'one branch of several is not a value for every object');
});
