// Hover inside expressions: functions, attributes (who reads and writes them here), keywords; exact ranges in the file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { expressionHover } from '../../../server/src/service/expression-features/hover';
import { at, sliceRange } from './support/cursor';
import { exportWithCursor, fixtureText, open } from './support/documents';

function markdown(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

describe('expression hover', () => {
  it('on a function name: signature, description and a link to its docs; the range is the name', () => {
    const { doc, text, position } = exportWithCursor('IIF(IsPresent([sn]), Le$0ft([sn], 3), NULL)');
    const hover = expressionHover(doc, position);
    const value = markdown(hover);
    assert.match(value, /Left\(string: str, numChars: num\) → str/);
    assert.match(value, /The first numChars characters of a string\./);
    assert.match(value, /\]\(https:\/\/learn\.microsoft\.com\/[^)]*#left\)/);
    assert.equal(sliceRange(text, hover!.range!), 'Left');
  });

  it('every overload of a function, optional and enum parameters marked', () => {
    const { doc, position } = exportWithCursor('Contai$0ns([proxyAddresses], "SMTP:")');
    const value = markdown(expressionHover(doc, position));
    assert.match(value, /Contains\(attribute: mvstr, search: str, caseType\?: CaseSensitive \| CaseInsensitive\) → num/);
    assert.match(value, /Contains\(attribute: mvref, search: str\) → num/);
  });

  it('just after the name (keyboard hover) still finds it; a name in the wrong case says which case the engine wants', () => {
    const { doc, position } = exportWithCursor('ucase$0([c])');
    const value = markdown(expressionHover(doc, position));
    assert.match(value, /UCase\(value: str\) → str/);
    assert.match(value, /case-sensitive: the sync engine only knows \*\*UCase\*\*/);
  });

  it('an old FIM name points to the function the engine knows', () => {
    const { doc, position } = exportWithCursor('Upper$0Case([c])');
    assert.match(markdown(expressionHover(doc, position)), /old FIM name of \*\*UCase\*\*/);
  });

  it('on an attribute: the rules of the document that read it (with destinations) and write it', () => {
    const text = fixtureText('user-names.ps1');
    const hover = expressionHover(open(text), at(text, 'IIF(IsPresent([disp$0layName])'));
    const value = markdown(hover);
    assert.equal(sliceRange(text, hover!.range!), '[displayName]');
    assert.match(value, /^Attribute `\[displayName\]`/);
    assert.match(value, /Read by:\n- In from AD - User Names → displayName\n- Out to AAD - User Names → displayName/);
    assert.match(value, /Written by:\n- In from AD - User Names\n- Out to AAD - User Names/);
  });

  it('an attribute read by one flow into several destinations lists them; scope and join uses are named', () => {
    const text = fixtureText('user-names.ps1');
    const doc = open(text);
    const given = markdown(expressionHover(doc, at(text, 'Left([$0givenName]')));
    assert.match(given, /Read by:\n- In from AD - User Names → givenName, displayName\n- Out to AAD - User Names → givenName/);
    assert.match(given, /Written by:\n- In from AD - User Names\n- Out to AAD - User Names/);
    const c = markdown(expressionHover(doc, at(text, 'UCase([c$0])')));
    assert.match(c, /Read by:\n- Out to AAD - User Names → usageLocation/);
    assert.match(c, /Written by: no rule in this document\./);
  });

  it('on AuthoritativeNull, NULL and an enum word: what the word means', () => {
    const text = fixtureText('user-names.ps1');
    assert.match(markdown(expressionHover(open(text), at(text, 'Authoritative$0Null'))), /no lower-precedence rule can supply one/);
    const { doc, position } = exportWithCursor('InStr([mail], "@", 1, vbText$0Compare)');
    assert.match(markdown(expressionHover(doc, position)), /ignoring case/);
  });

  it('on a parameter and a hex number', () => {
    const param = exportWithCursor('"CN=" & %Domain.F$0QDN%');
    assert.match(markdown(expressionHover(param.doc, param.position)), /DNS name of the object's domain/);
    const hex = exportWithCursor('BitAnd([userAccountControl], &H$02)');
    assert.match(markdown(expressionHover(hex.doc, hex.position)), /= 2 \(decimal\)/);
  });

  it('through a doubled quote and on a later line of a multi-line CRLF expression, the range is exact', () => {
    const quoted = exportWithCursor(`Replace([sn],"''","") & Tr$0im([givenName])`);
    const hover = expressionHover(quoted.doc, quoted.position);
    assert.equal(sliceRange(quoted.text, hover!.range!), 'Trim');
    const multi = exportWithCursor('\n      IIF(IsPresent([mail]),\n          Left([ma$0il], 20),\n          NULL)', { crlf: true });
    const mh = expressionHover(multi.doc, multi.position);
    assert.equal(sliceRange(multi.text, mh!.range!), '[mail]');
    assert.equal(mh!.range!.start.line, multi.position.line);
  });

  it('works in an expression with errors (unclosed call while typing)', () => {
    const { doc, position } = exportWithCursor('IIF(IsPres$0ent([sn]), Left([displayName], ');
    assert.match(markdown(expressionHover(doc, position)), /IsPresent\(expression: var\) → bool/);
  });

  it('nothing on strings, operators, unknown names, or outside expressions', () => {
    for (const marked of ['"ab$0c" & [sn]', '[sn] &$0& [c]', 'Banan$0a', 'Frob$0nicate([sn])']) {
      const { doc, position } = exportWithCursor(marked);
      assert.equal(expressionHover(doc, position), null, marked);
    }
    const text = fixtureText('user-names.ps1');
    assert.equal(expressionHover(open(text), at(text, "-Destination 'display$0Name'")), null);
    assert.equal(expressionHover(open(text), at(text, "-Expression$0 'Left")), null);
  });
});
