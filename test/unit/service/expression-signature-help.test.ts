// Signature help: the call around the cursor and the argument being typed, counted at the call's own depth.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SignatureHelp } from 'vscode-languageserver-types';
import { expressionSignatureHelp } from '../../../server/src/service/expression-features/signature-help';
import { exportWithCursor } from './support/documents';

function help(marked: string, options?: { crlf?: boolean }): SignatureHelp | null {
  const { doc, position } = exportWithCursor(marked, options);
  return expressionSignatureHelp(doc, position);
}

/** `Left#1`: the active signature's function and the active parameter. */
function active(marked: string, options?: { crlf?: boolean }): string {
  const h = help(marked, options);
  assert.ok(h, `signature help for ${marked}`);
  const signature = h.signatures[h.activeSignature ?? 0];
  return `${signature.label.slice(0, signature.label.indexOf('('))}#${h.activeParameter}`;
}

describe('expression signature help', () => {
  it('active parameter 0, 1, 2 as commas are typed (the call still open, as while typing)', () => {
    assert.equal(active('Mid($0'), 'Mid#0');
    assert.equal(active('Mid([sn]$0'), 'Mid#0');
    assert.equal(active('Mid([sn], $0'), 'Mid#1');
    assert.equal(active('Mid([sn], 2,$0'), 'Mid#2');
    assert.equal(active('Mid([sn], 2, 3$0)'), 'Mid#2');
  });

  it('labels and parameter docs: parameters are offsets into the label', () => {
    const h = help('Left([displayName], $0')!;
    const [signature] = h.signatures;
    assert.equal(signature.label, 'Left(string: str, numChars: num) → str');
    const labels = signature.parameters!.map((p) => {
      const [a, b] = p.label as [number, number];
      return signature.label.slice(a, b);
    });
    assert.deepEqual(labels, ['string: str', 'numChars: num']);
    assert.match(String(signature.parameters![1].documentation), /number/);
    assert.match(JSON.stringify(signature.documentation), /first numChars characters/);
  });

  it('nested calls: commas inside the inner call do not count for the outer one', () => {
    assert.equal(active('IIF(IsPresent($0'), 'IsPresent#0');
    assert.equal(active('IIF(IsPresent([sn])$0'), 'IIF#0');
    assert.equal(active('IIF(IsPresent([sn]), Left([sn], 3)$0'), 'IIF#1');
    assert.equal(active('IIF(IsPresent([sn]), Left([sn], $0'), 'Left#1');
    assert.equal(active('IIF(IsPresent([sn]), Left([sn], 3), $0'), 'IIF#2');
    assert.equal(active('IIF((Len([sn]) > 3), $0, NULL)'), 'IIF#1', 'a parenthesised group is not a call');
  });

  it('a comma or parenthesis inside a string literal is text, not syntax', () => {
    assert.equal(active('Replace([sn], ",(", $0'), 'Replace#2');
    assert.equal(active(`Replace([sn],"''",$0"")`), 'Replace#2');
  });

  it('overloads: the first with room for the argument is active; Switch repeats its pair', () => {
    const contains = help('Contains([proxyAddresses], "smtp:", $0')!;
    assert.equal(contains.signatures.length, 2);
    assert.equal(contains.activeSignature, 0);
    assert.equal(contains.activeParameter, 2);
    assert.equal(active('Switch([c] = "DE", "Germany", [c] = "FR", $0'), 'Switch#1');
    assert.equal(active('Switch([c] = "DE", "Germany", $0'), 'Switch#0');
  });

  it('across lines of a multi-line CRLF expression', () => {
    assert.equal(active('\n      IIF(IsPresent([mail]),\n          Left([mail],\n            $0', { crlf: true }), 'Left#1');
  });

  it('none outside a call, before its (, after its ), or for an unknown function', () => {
    for (const marked of ['[sn] & $0', 'Left$0([sn], 1)', 'Left([sn], 1)$0', 'Frob([sn], $0']) assert.equal(help(marked), null, marked);
  });
});
