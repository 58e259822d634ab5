import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { attributeDefinitions, attributeReferences, type FileRange } from '../../../server/src/service/navigation';
import { readExpressionDocument } from '../../../server/src/service/expression-features/expression-document';
import { WorkspaceRuleIndex } from '../../../server/src/service/workspace-index';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { corpusPath, fixturePath, skipWithoutCorpus } from '../../support/corpus';
import { readInput } from '../../../server/src/service/inputs';
import { at, sliceRange } from '../service/support/cursor';

const inboundFile = fixturePath('navigation', 'attributes', 'in-from-ad.ps1');
const outboundFile = fixturePath('navigation', 'attributes', 'out-to-aad.ps1');
const texts = new Map([inboundFile, outboundFile].map((f) => [f, readFileSync(f, 'utf8')]));
const inbound = texts.get(inboundFile)!;
const outbound = texts.get(outboundFile)!;
const doc = readExpressionDocument({ file: inboundFile, text: inbound, format: 'powershell' });
const outDoc = readExpressionDocument({ file: outboundFile, text: outbound, format: 'powershell' });
const workspace = new WorkspaceRuleIndex(nodeFileSource, [fixturePath('navigation', 'attributes')]);
const others = (except: string) => workspace.attributeOccurrences(new Map(), except);

/** `file:line text` of each place, the text read back from the file so the reader's ranges are checked too. */
const places = (found: FileRange[] | undefined) =>
  (found ?? []).map(({ file, range }) => `${file === inboundFile ? 'in' : 'out'}:${range.start.line} ${sliceRange(texts.get(file)!, range)}`);
/** 0-based line of the first line holding `needle`. */
const lineOf = (text: string, needle: string, occurrence = 0) => {
  const lines = text.split(/\r?\n/).flatMap((l, i) => (l.includes(needle) ? [i] : []));
  assert.ok(lines.length > occurrence, `${needle} is in the fixture`);
  return lines[occurrence];
};

describe('attribute references and definitions', () => {
  it('a metaverse attribute: the inbound flow that writes it and the outbound flow that reads it, across files', () => {
    const refs = attributeReferences(doc, at(inbound, "-Destination 'display$0Name'"), true, others);
    assert.deepEqual(places(refs), [
      `in:${lineOf(inbound, "-Destination 'displayName'")} displayName`,
      `out:${lineOf(outbound, "-Source @('displayName')")} displayName`,
    ]);
    // The AD attribute of the same name (read inside the expression) and Entra ID's (written outbound) are other attributes.
    assert.ok(!places(refs).some((p) => p.startsWith(`in:${lineOf(inbound, '-Expression')}`)));
  });

  it('without declarations the writing flows drop out', () => {
    const refs = attributeReferences(doc, at(inbound, "-Destination 'display$0Name'"), false, others);
    assert.deepEqual(places(refs), [`out:${lineOf(outbound, "-Source @('displayName')")} displayName`]);
  });

  it('a connector-space attribute inside an expression: each [name] of it, and nothing on another connector', () => {
    const expressionLine = lineOf(inbound, '-Expression');
    const refs = attributeReferences(doc, at(inbound, 'IsPresent([disp$0layName])'), true, others);
    assert.deepEqual(places(refs), [`in:${expressionLine} displayName`, `in:${expressionLine} displayName`]);
  });

  it('one item of a source list: the item and the [sn] of the expression, not the whole list', () => {
    const refs = attributeReferences(doc, at(inbound, ",'s$0n')"), true, others);
    assert.deepEqual(places(refs), [`in:${lineOf(inbound, "'givenName','sn'")} sn`, `in:${lineOf(inbound, '-Expression')} sn`]);
  });

  it('join attributes keep their side: the metaverse employeeID is not the scope test on the connector', () => {
    const mv = attributeReferences(doc, at(inbound, "'employeeID','employee$0ID'"), true, others);
    assert.deepEqual(places(mv), [`in:${lineOf(inbound, "'employeeID','employeeID'")} employeeID`, `out:${lineOf(outbound, "'employeeID',''")} employeeID`]);
    const cs = attributeReferences(doc, at(inbound, "'employee$0ID','employeeID'"), true, others);
    assert.deepEqual(places(cs), [`in:${lineOf(inbound, "'employeeID','employeeID'")} employeeID`]);
  });

  it('go to definition: from an outbound source to the inbound flow that writes it, in the other file', () => {
    const found = attributeDefinitions(outDoc, at(outbound, "-Source @('ma$0il')"), others);
    assert.ok(found);
    assert.equal(sliceRange(outbound, found.origin), 'mail');
    assert.deepEqual(places(found.targets), [`in:${lineOf(inbound, "-Destination 'mail'")} mail`]);
  });

  it('an attribute nothing writes (the directory fills it) has no definition; off an attribute there is no answer', () => {
    assert.deepEqual(attributeDefinitions(doc, at(inbound, "'departm$0ent'"), others)?.targets, []);
    assert.equal(attributeReferences(doc, at(inbound, "-Precedence 9$00"), true, others), undefined);
    assert.equal(attributeDefinitions(doc, at(inbound, "-Name 'In$0 from"), others), undefined);
  });

  it('the real contoso server export: every inbound flow that writes the metaverse mail, each range on the name in the XML', { skip: skipWithoutCorpus }, () => {
    const folder = corpusPath('server-config', 'contoso-1.1.130');
    const index = new WorkspaceRuleIndex(nodeFileSource, [folder]);
    const all = [...index.attributeOccurrences(new Map(), '')];
    const mailWrites = all.filter((o) => o.key === 'mail' && o.role === 'write' && o.side === 'mv');
    // Counted from the model without the occurrence code: inbound flows whose destination is mail.
    const rules = readInput({ path: folder, format: 'server-config' }, nodeFileSource).configs.flatMap((c) => c.rules);
    const expected = rules.filter((r) => r.direction.value === 'Inbound').flatMap((r) => r.flows).filter((f) => f.destination.value === 'mail');
    assert.ok(expected.length > 0);
    assert.equal(mailWrites.length, expected.length);
    const xml = (file: string) => readFileSync(file, 'utf8');
    for (const o of all.filter((o) => o.key === 'mail')) assert.equal(sliceRange(xml(o.file), o.range).toLowerCase(), 'mail', `${o.file}:${o.range.start.line}`);
    // Expressions of the XML name attributes too: `Trim([mail])` of an inbound rule reads AD's mail.
    assert.ok(all.some((o) => o.key === 'mail' && o.role === 'read' && o.side === 'cs' && lineText(xml(o.file), o.range.start.line).includes('<expression>Trim([mail])')));
  });
});

function lineText(text: string, line: number): string {
  return text.split(/\r?\n/)[line] ?? '';
}
