// The expression features over the real exports in ../shared/corpus (read in place, never copied here).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { expressionSemanticTokens } from '../../../server/src/service/expression-features/semantic-tokens';
import { expressionHover } from '../../../server/src/service/expression-features/hover';
import { expressionSignatureHelp } from '../../../server/src/service/expression-features/signature-help';
import type { ExpressionDocument } from '../../../server/src/service/expression-features/expression-document';
import { findFunction } from '../../../server/src/catalog/functions';
import { corpusPath, hasCorpus, skipWithoutCorpus } from '../../support/corpus';
import { calledNames } from '../catalog/corpus-expressions';
import { open } from './support/documents';
import { decodeTokens, type DecodedToken } from './support/semantic-tokens';

const STANDARD_EXPORT = corpusPath('sre-exports', 'sre_export_standard_rules_excerpt.ps1');

function readText(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function corpusScripts(): string[] {
  if (!hasCorpus) return [];
  const exports = readdirSync(corpusPath('sre-exports')).filter((f) => f.endsWith('.ps1')).map((f) => corpusPath('sre-exports', f));
  const documenter = readdirSync(corpusPath('documenter')).filter((f) => f.endsWith('.ps1.txt')).map((f) => corpusPath('documenter', f));
  return [...exports, ...documenter].sort();
}

/** Tokens grouped by the expression whose characters they cover (expressions never share a line in these files). */
function tokensByExpression(doc: ExpressionDocument, tokens: DecodedToken[]): DecodedToken[][] {
  return doc.expressions.map((e) => {
    const start = doc.lines.positionAt(e.map.rawStart);
    const end = doc.lines.positionAt(e.map.rawStart + e.map.raw.length);
    const after = (t: DecodedToken) => t.line > start.line || (t.line === start.line && t.character >= start.character);
    const before = (t: DecodedToken) => t.line < end.line || (t.line === end.line && t.character + t.length <= end.character);
    return tokens.filter((t) => after(t) && before(t));
  });
}

function checkScript(file: string) {
  const text = readText(file);
  const doc = open(text, file, file.endsWith('.ps1.txt') ? 'documenter-script' : 'powershell');
  const tokens = decodeTokens(expressionSemanticTokens(doc));
  const lines = text.split(/\r\n|\n|\r/);
  let previous: DecodedToken | undefined;
  for (const t of tokens) {
    assert.ok(t.line < lines.length && t.length > 0 && t.character + t.length <= lines[t.line].length, `token in range: ${JSON.stringify(t)}`);
    if (previous && previous.line === t.line) assert.ok(t.character >= previous.character + previous.length, `tokens do not overlap: ${JSON.stringify(t)}`);
    previous = t;
  }
  const grouped = tokensByExpression(doc, tokens);
  assert.equal(grouped.flat().length, tokens.length, 'every token lies inside an expression');
  doc.expressions.forEach((e, k) => {
    const functions = grouped[k].filter((t) => t.type === 'function').map((t) => lines[t.line].slice(t.character, t.character + t.length));
    assert.deepEqual(functions, calledNames(e.parsed.text), `function tokens of ${e.rule.name.value} → ${e.flow.destination.value}`);
  });
  return { doc, text, tokens, lines };
}

describe('expression features on the corpus', () => {
  it('standard-rules export: every expression’s tokens are in range and cover every function name', { skip: skipWithoutCorpus }, () => {
    const { doc, tokens } = checkScript(STANDARD_EXPORT);
    assert.ok(doc.expressions.length > 100, 'the export holds over a hundred expressions');
    assert.ok(tokens.filter((t) => t.type === 'function').length > 200, 'the export calls hundreds of functions');
  });

  it('standard-rules export: hover on each function token shows that function; signature help just inside each call names it', { skip: skipWithoutCorpus }, () => {
    const { doc, tokens, lines } = checkScript(STANDARD_EXPORT);
    let helped = 0;
    for (const t of tokens.filter((x) => x.type === 'function')) {
      const name = lines[t.line].slice(t.character, t.character + t.length);
      if (!findFunction(name)) continue;
      const hover = expressionHover(doc, { line: t.line, character: t.character + (t.length >> 1) });
      assert.match(JSON.stringify(hover?.contents), new RegExp(`${name}\\(`), `hover on ${name} at ${t.line + 1}:${t.character + 1}`);
      const paren = lines[t.line].indexOf('(', t.character + t.length);
      if (paren < 0) continue;
      const help = expressionSignatureHelp(doc, { line: t.line, character: paren + 1 });
      if (findFunction(name)!.signatures[0].parameters.length === 0) continue;
      assert.equal(help?.signatures[help.activeSignature ?? 0].label.startsWith(`${name}(`), true, `signature help in ${name}( at ${t.line + 1}`);
      assert.equal(help?.activeParameter, 0);
      helped++;
    }
    assert.ok(helped > 200, `signature help checked in ${helped} calls`);
  });

  for (const file of corpusScripts()) {
    it(`tokens in range and on every function name: ${file.split(/[\\/]/).slice(-2).join('/')}`, () => {
      checkScript(file);
    });
  }
});
