import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument } from '../../../../server/src/service/validate';
import { treeSitterError } from '../../../support/tree-sitter';
import { applyFix, fixOf, own, textAt, validateFixture } from './support';

/** Every quick fix of the group, applied to its violation fixture, then read and checked again. */
const FIXABLE: [string, string][] = [
  ['null-instead-of-authoritativenull', '.ps1'],
  ['constant-special-literal', '.ps1'],
  ['cloudfiltered-false', '.ps1'],
  ['scope-operator-invalid', '.ps1'],
  ['length-448', '.ps1'],
  ['cd-expression-quote', '.ps1.txt'],
];

describe('applying each fix', () => {
  for (const [name, ext] of FIXABLE) {
    test(`${name}: the finding is gone, nothing else changes, both parsers read the result`, async () => {
      const { file, fixture, diagnostics } = validateFixture(`${name}.violation${ext}`);
      const fixable = diagnostics.filter((d) => fixOf(d));
      assert.ok(fixable.length > 0, 'some finding carries a fix');
      const syntaxBefore = diagnostics.filter((d) => d.code === 'AADC000').length;
      const treeSitterBefore = await treeSitterError(fixture.text);
      for (const d of fixable) {
        const fixed = applyFix(fixture.text, fixOf(d)!);
        const after = own(validateDocument(file, fixed, 'powershell'));
        const same = (x: (typeof after)[number]) => x.code === d.code && x.range.start.line === d.range.start.line && x.message === d.message;
        assert.ok(!after.some(same), `still reported: ${d.message}`);
        assert.ok(after.filter((x) => x.code === 'AADC000').length <= syntaxBefore, 'no new syntax error');
        if (!treeSitterBefore) assert.equal(await treeSitterError(fixed), undefined, `tree-sitter after: ${d.message}`);
      }
      // Fixes of different findings touch different characters: all of them together leave a clean script.
      const all = [...new Map(fixable.map((d) => [JSON.stringify(fixOf(d)), fixOf(d)!])).values()];
      const everything = applyFix(fixture.text, { title: 'all', edits: all.flatMap((f) => f.edits) });
      const left = own(validateDocument(file, everything, 'powershell'));
      assert.deepEqual(left.filter((x) => x.code === 'AADC000'), [], 'no syntax error once every fix is applied');
      assert.ok(left.length < diagnostics.length);
      assert.equal(await treeSitterError(everything), undefined);
    });
  }
});

describe('what the fixes write', () => {
  test('AADC013 replaces exactly the word NULL', () => {
    const { fixture, diagnostics } = validateFixture('null-instead-of-authoritativenull.violation.ps1');
    for (const d of diagnostics) {
      const [edit] = fixOf(d)!.edits;
      assert.equal(textAt(fixture.text, edit.range), 'NULL');
      assert.equal(edit.newText, 'AuthoritativeNull');
    }
  });

  test('AADC014 turns -Source into -Expression and the flow type into Expression', () => {
    const { fixture, diagnostics } = validateFixture('constant-special-literal.violation.ps1');
    const fixed = applyFix(fixture.text, fixOf(diagnostics[0])!);
    assert.match(fixed, /-Expression 'AuthoritativeNull' `\n-Destination 'extensionAttribute5' `\n-FlowType 'Expression' `/);
  });

  test('AADC022 writes the enum name over the operator only', () => {
    const { fixture, diagnostics } = validateFixture('scope-operator-invalid.violation.ps1');
    const edits = diagnostics.flatMap((d) => fixOf(d)?.edits ?? []).map((e) => `${textAt(fixture.text, e.range)}→${e.newText}`);
    assert.deepEqual(edits, ['NOTSTARTWITH→NOTSTARTSWITH', 'ISNOTBITSET→ISBITNOTSET', 'LESSTHANOREQUAL→LESSTHAN_OR_EQUAL', 'equal→EQUAL', 'EQUALS→EQUAL']);
  });

  test('AADC027 cuts the free-text attribute where it is read', () => {
    const { fixture, diagnostics } = validateFixture('length-448.violation.ps1');
    const d = diagnostics.find((x) => textAt(fixture.text, x.range) === '[description]')!;
    assert.match(applyFix(fixture.text, fixOf(d)!), /-Expression 'Trim\(Item\(Left\(\[description\],448\),1\)\)' `/);
    const direct = diagnostics.find((x) => textAt(fixture.text, x.range) === 'info')!;
    assert.equal(fixOf(direct), undefined, 'a Direct flow has no expression to edit');
  });

  test('AADC033 doubles every lone quote of the expression in one fix', () => {
    const { fixture, diagnostics } = validateFixture('cd-expression-quote.violation.ps1.txt');
    const surname = diagnostics.filter((d) => d.code === 'AADC033' && fixture.text.split('\n')[d.range.start.line].includes('Brien'));
    assert.equal(surname.length, 2);
    const fixed = applyFix(fixture.text, fixOf(surname[0])!);
    assert.match(fixed, /-Expression 'IIF\(\[sn\] = "O''Brien''s", "Obrien", \[sn\]\)' `/);
    assert.deepEqual(fixOf(surname[0]), fixOf(surname[1]));
  });
});
