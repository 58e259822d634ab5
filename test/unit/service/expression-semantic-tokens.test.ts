// Semantic tokens inside -Expression strings, decoded back as a client would and checked against the text they cover.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expressionSemanticTokens } from '../../../server/src/service/expression-features/semantic-tokens';
import { exportWithExpression, fixtureText, open } from './support/documents';
import { decodeTokens, tokenTexts } from './support/semantic-tokens';

function tokensOf(text: string, file?: string) {
  return tokenTexts(text, decodeTokens(expressionSemanticTokens(open(text, file))));
}

describe('expression semantic tokens', () => {
  it('one token per function, attribute name, literal, operator, parameter, word and variable', () => {
    const text = exportWithExpression('IIF(Left([displayName], 448) = "x" && IsPresent(%Domain.FQDN%), AuthoritativeNull, Where($item, [proxyAddresses], $item <> vbTextCompare))');
    assert.deepEqual(tokensOf(text), [
      'function IIF',
      'function Left',
      'property displayName',
      'number 448',
      'operator =',
      'string "x"',
      'operator &&',
      'function IsPresent',
      'parameter %Domain.FQDN%',
      'keyword AuthoritativeNull',
      'function Where',
      'variable $item',
      'property proxyAddresses',
      'variable $item',
      'operator <>',
      'enumMember vbTextCompare',
    ]);
  });

  it('engine functions and words carry defaultLibrary; an unknown call is still a function, an unknown word gets nothing', () => {
    const text = exportWithExpression('Frobnicate(True, NULL, Banana, &HFF)');
    const tokens = decodeTokens(expressionSemanticTokens(open(text)));
    assert.deepEqual(tokenTexts(text, tokens), ['function Frobnicate', 'keyword True', 'keyword NULL', 'number &HFF']);
    assert.deepEqual(tokens.map((t) => t.modifiers), [[], ['defaultLibrary'], ['defaultLibrary'], []]);
  });

  it("a doubled quote: the string token covers both quote characters and the tokens after it stay in step", () => {
    const text = exportWithExpression(`Replace([sn],"''","") & [givenName]`);
    assert.deepEqual(tokensOf(text), ['function Replace', 'property sn', `string "''"`, 'string ""', 'operator &', 'property givenName']);
  });

  it('a multi-line expression in a CRLF document: tokens on their own lines, a string across a line break split per line', () => {
    const expression = ['', '      IIF(IsPresent([mail]),', '          Left([mail], 20) & "a', 'b",', '          NULL)'].join('\n');
    const text = exportWithExpression(expression).replace(/\n/g, '\r\n');
    const tokens = decodeTokens(expressionSemanticTokens(open(text)));
    assert.deepEqual(tokenTexts(text, tokens), [
      'function IIF',
      'function IsPresent',
      'property mail',
      'function Left',
      'property mail',
      'number 20',
      'operator &',
      'string "a',
      'string b"',
      'keyword NULL',
    ]);
    const first = text.split('\r\n').findIndex((l) => l.includes('IIF('));
    assert.deepEqual(
      tokens.map((t) => t.line - first),
      [0, 0, 0, 1, 1, 1, 1, 1, 2, 3],
      'tokens sit on the lines they are written on',
    );
    assert.ok(tokens.every((t) => t.length > 0), 'no empty token for the line break inside the string');
  });

  it('attribute tokens cover the name only, without brackets or blanks; an unclosed [ colours just the name after it', () => {
    assert.deepEqual(tokensOf(exportWithExpression('[ sn ] & [mS-DS-ConsistencyGuid] & Trim([given & [extension_0a1b_x]')), [
      'property sn',
      'operator &',
      'property mS-DS-ConsistencyGuid',
      'operator &',
      'function Trim',
      'property given',
      'operator &',
      'property extension_0a1b_x',
    ]);
  });

  it('only expression content: names, sources and destinations of the PowerShell around it get no token', () => {
    const text = fixtureText('user-names.ps1');
    const tokens = decodeTokens(expressionSemanticTokens(open(text)));
    const lines = text.split('\n');
    for (const t of tokens) assert.match(lines[t.line], /^-Expression '/, `token on line ${t.line + 1}: ${lines[t.line]}`);
    assert.deepEqual(tokenTexts(text, tokens), [
      ...['function IIF', 'function IsPresent', 'property displayName', 'property displayName', 'function Trim', 'property givenName'],
      ...['operator &', 'string " "', 'operator &', 'property sn'],
      ...['function Left', 'property givenName', 'number 64'],
      ...['function IIF', 'function IsPresent', 'property c', 'function UCase', 'property c', 'keyword AuthoritativeNull'],
    ]);
  });

  it('a range request returns only the tokens on its lines', () => {
    const text = fixtureText('user-names.ps1');
    const doc = open(text);
    const line = text.split('\n').findIndex((l) => l.includes("'Left([givenName], 64)'"));
    const tokens = decodeTokens(expressionSemanticTokens(doc, { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }));
    assert.deepEqual(tokenTexts(text, tokens), ['function Left', 'property givenName', 'number 64']);
    assert.ok(tokens.every((t) => t.line === line));
  });

  it('a Documenter script (.ps1.txt) gets tokens like an export', () => {
    const text = exportWithExpression('UCase([c])').replace(/-OutVariable syncRule$/gm, '-OutVariable syncRule | Out-Null');
    assert.deepEqual(tokensOf(text, 'C:\\docs\\report.ps1.txt'), ['function UCase', 'property c']);
  });

  it('null for PowerShell without sync rules and for rules without expressions, so other providers colour them', () => {
    assert.equal(expressionSemanticTokens(open('Get-Service | Where-Object { $_.Status -eq "Running" }\n')), null);
    const direct = fixtureText('user-names.ps1').replace(/^-Expression '.*' `\n/gm, '');
    assert.equal(expressionSemanticTokens(open(direct)), null);
  });
});
