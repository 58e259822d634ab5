// Completion inside expressions: functions as snippets, words, attribute names after [, nothing in strings or outside.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InsertTextFormat, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-types';
import { expressionCompletion } from '../../../server/src/service/expression-features/completion';
import { at, sliceRange } from './support/cursor';
import { exportWithCursor, fixtureText, open } from './support/documents';

function items(list: CompletionList | null): CompletionItem[] {
  assert.ok(list, 'a completion list');
  return list.items;
}

function item(list: CompletionList | null, label: string): CompletionItem {
  const found = items(list).find((i) => i.label === label);
  assert.ok(found, `${label} is offered`);
  return found;
}

/** Applies an item's edit to the text, as the editor would (snippet syntax left as is). */
function apply(text: string, edit: TextEdit): string {
  const lines = text.split('\n');
  const { start, end } = edit.range;
  assert.equal(start.line, end.line, 'completion edits stay on one line');
  const line = lines[start.line];
  lines[start.line] = line.slice(0, start.character) + edit.newText + line.slice(end.character);
  return lines.join('\n');
}

describe('expression completion', () => {
  it('after Le: functions with a signature snippet, detail and description; the edit replaces the typed word', () => {
    const { doc, text, position } = exportWithCursor('IIF(IsPresent([sn]), Le$0, NULL)');
    const list = expressionCompletion(doc, position);
    const left = item(list, 'Left');
    assert.equal(left.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal(left.detail, 'Left(string: str, numChars: num) → str');
    assert.match((left.documentation as { value: string }).value, /The first numChars characters of a string\./);
    const edit = left.textEdit as TextEdit;
    assert.equal(sliceRange(text, edit.range), 'Le');
    assert.match(apply(text, edit), /-Expression 'IIF\(IsPresent\(\[sn\]\), Left\(\$\{1:string\}, \$\{2:numChars\}\), NULL\)' `/);
    assert.ok(item(list, 'AuthoritativeNull'), 'keywords too');
  });

  it('while typing, in an unfinished expression: after the comma of an open call, and a half-typed word there', () => {
    const open1 = exportWithCursor('Left([displayName], $0');
    assert.ok(item(expressionCompletion(open1.doc, open1.position), 'Len'));
    const open2 = exportWithCursor('IIF(IsPresent([sn]), Left([displayName], Le$0');
    const len = item(expressionCompletion(open2.doc, open2.position), 'Len');
    assert.equal(sliceRange(open2.text, (len.textEdit as TextEdit).range), 'Le');
  });

  it('snippets leave optional parameters out, pre-shape $item and string-literal arguments, and Now() has none', () => {
    const { doc, position } = exportWithCursor('$0');
    const list = expressionCompletion(doc, position);
    const snippet = (label: string) => (item(list, label).textEdit as TextEdit).newText;
    assert.equal(snippet('InStr'), 'InStr(${1:stringCheck}, ${2:stringMatch})');
    assert.equal(snippet('Where'), 'Where(${1:\\$item}, ${2:attribute}, ${3:condition})');
    assert.equal(snippet('ImportedValue'), 'ImportedValue("${1:attributeName}")');
    assert.equal(snippet('Now'), 'Now()');
  });

  it('renaming the function of an existing call inserts the name only, keeping the arguments', () => {
    const { doc, text, position } = exportWithCursor('Rig$0([sn], 2)');
    const right = item(expressionCompletion(doc, position), 'Right');
    assert.equal(right.insertTextFormat, undefined);
    assert.match(apply(text, right.textEdit as TextEdit), /-Expression 'Right\(\[sn\], 2\)'/);
  });

  it('enum words come first where the argument takes them', () => {
    const { doc, position } = exportWithCursor('InStr([mail], "@", 1, $0)');
    const sorted = [...items(expressionCompletion(doc, position))].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    assert.deepEqual(sorted.slice(0, 2).map((i) => i.label), ['vbBinaryCompare', 'vbTextCompare']);
  });

  it('after [: attribute names of the document (sources, destinations, [x], scope and join), the rule’s own side first', () => {
    const text = fixtureText('user-names.ps1').replace('Left([givenName], 64)', 'Left([], 64)');
    const list = expressionCompletion(open(text), at(text, 'Left([$0]'));
    const labels = items(list).map((i) => i.label);
    for (const name of ['givenName', 'displayName', 'sn', 'c', 'accountEnabled', 'usageLocation', 'isCriticalSystemObject', 'mS-DS-ConsistencyGuid', 'sourceAnchorBinary']) {
      assert.ok(labels.includes(name), `${name} offered`);
    }
    assert.ok(!labels.includes('True'), 'a Constant flow’s value is not an attribute');
    const sortOf = (label: string) => item(list, label).sortText!;
    // An outbound rule reads the metaverse: accountEnabled (written inbound) before isCriticalSystemObject (an AD scope attribute).
    assert.ok(sortOf('accountEnabled') < sortOf('isCriticalSystemObject'));
    const edit = item(list, 'displayName').textEdit as TextEdit;
    assert.match(apply(text, edit), /-Expression 'Left\(\[displayName\], 64\)'/);
  });

  it('inside an attribute name the whole name is replaced; an unclosed [ gets its ]', () => {
    const schema = { extraAttributes: ['givenName'] };
    const inside = exportWithCursor('Trim([giv$0enNam])');
    assert.match(apply(inside.text, item(expressionCompletion(inside.doc, inside.position, schema), 'givenName').textEdit as TextEdit), /'Trim\(\[givenName\]\)'/);
    const unclosed = exportWithCursor('Trim([giv$0');
    assert.match(apply(unclosed.text, item(expressionCompletion(unclosed.doc, unclosed.position, schema), 'givenName').textEdit as TextEdit), /'Trim\(\[givenName\]' `/);
  });

  it('extra attribute names (a schema) are offered after the document’s own', () => {
    const { doc, position } = exportWithCursor('[$0]');
    const list = expressionCompletion(doc, position, { extraAttributes: ['employeeID', 'description'] });
    assert.equal(item(list, 'employeeID').detail, 'from the schema');
    assert.notEqual(item(list, 'description').detail, 'from the schema', 'a name the document uses is listed once, as the document’s');
    assert.equal(items(list).filter((i) => i.label === 'description').length, 1);
  });

  it('after % the parameters the engine fills in; after $ the variables of the expression', () => {
    const param = exportWithCursor('"CN=" & %Dom$0');
    const fqdn = item(expressionCompletion(param.doc, param.position), 'Domain.FQDN');
    assert.match(apply(param.text, fqdn.textEdit as TextEdit), /'"CN=" & %Domain\.FQDN%' `/);
    const variable = exportWithCursor('Where($item, [proxyAddresses], Left($$0, 5) = "smtp:")');
    assert.deepEqual(items(expressionCompletion(variable.doc, variable.position)).map((i) => i.label), ['item']);
  });

  it('through a doubled quote and in a multi-line CRLF expression the edit lands on the typed word', () => {
    const quoted = exportWithCursor(`Replace([sn],"''","") & UC$0`);
    const edit = item(expressionCompletion(quoted.doc, quoted.position), 'UCase').textEdit as TextEdit;
    assert.equal(sliceRange(quoted.text, edit.range), 'UC');
    const multi = exportWithCursor('\n      IIF(IsPresent([mail]),\n          Lef$0\n          NULL)', { crlf: true });
    const medit = item(expressionCompletion(multi.doc, multi.position), 'Left').textEdit as TextEdit;
    assert.equal(sliceRange(multi.text, medit.range), 'Lef');
    assert.equal(medit.range.start.line, multi.position.line);
  });

  it('none inside a string literal, in a number, or outside expressions', () => {
    for (const marked of ['Left("ab$0c", 1)', '"unclosed $0', '"$0"', 'Left([sn], 1$02)']) {
      const { doc, position } = exportWithCursor(marked);
      assert.equal(expressionCompletion(doc, position), null, marked);
    }
    const text = fixtureText('user-names.ps1');
    const doc = open(text);
    assert.equal(expressionCompletion(doc, at(text, "-Destination 'given$0Name'")), null);
    assert.equal(expressionCompletion(doc, at(text, '-SynchronizationRule $syncRule[$00]')), null);
    assert.equal(expressionCompletion(doc, at(text, "-Expression $0'Left")), null, 'before the opening quote');
  });

  it('just after a closing quote the cursor is back in code', () => {
    const { doc, position } = exportWithCursor('"a"$0');
    assert.ok(item(expressionCompletion(doc, position), 'Left'));
  });
});
