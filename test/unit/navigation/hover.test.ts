import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { navigationHover } from '../../../server/src/service/navigation';
import { at, sliceRange } from '../service/support/cursor';
import { navigationFixture } from './support';

const { text, doc } = navigationFixture('two-rules.ps1');
const hoverText = (marked: string, occurrence = 0) => (navigationHover(doc, at(text, marked, occurrence))?.contents as MarkupContent | undefined)?.value;

describe('navigation hover', () => {
  it('summarises a custom rule on its name', () => {
    const value = hoverText("-Name 'In from AD - User Con$0toso");
    assert.match(value!, /\*\*In from AD - User Contoso Override\*\*/);
    assert.match(value!, /Inbound · user → person · link type Join · precedence 90/);
    assert.match(value!, /5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9/);
    assert.match(value!, /Custom rule/);
  });

  it('says a standard rule is known to the out-of-box catalogue', () => {
    assert.match(hoverText("-Name 'In from AD - User J$0oin'")!, /Standard rule `Microsoft\.InfromADUserJoin\.004`, known to the out-of-box catalogue/);
  });

  it('explains a sync cmdlet parameter with its allowed values', () => {
    const hover = navigationHover(doc, at(text, '-Flow$0Type'));
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /\*\*-FlowType\*\* of Add-ADSyncAttributeFlowMapping \(mandatory\)/);
    assert.match(value, /`Direct` · `Constant` · `Expression`/);
    assert.equal(sliceRange(text, hover!.range!), '-FlowType');
    assert.match(hoverText('-Link$0Type')!, /`Provision` · `StickyJoin` · `Join` · `JoinNoFlow`/);
    assert.match(hoverText('-ValueMerge$0Type')!, /`MergeCaseInsensitive`/);
  });

  it('says what a scope operator tests', () => {
    assert.match(hoverText("'2','ISBIT$0NOTSET'")!, /\*\*ISBITNOTSET\*\*.*\n\n.*bit .* not set/);
    assert.match(hoverText("'Sales','EQ$0UAL'")!, /equals the value/);
  });

  it('leaves other values and commands alone', () => {
    assert.equal(hoverText("-ValueMergeType 'Upd$0ate'"), undefined);
    assert.equal(hoverText("-Description '$0'"), undefined);
  });

  it('on an attribute outside expressions: its side and which rules read, write, scope or join on it', () => {
    const destination = hoverText("-Destination 'dis$0playName'")!;
    assert.match(destination, /^Attribute `\[displayName\]`\n\nMetaverse attribute\./);
    assert.match(destination, /Written by:\n- In from AD - User Contoso Override/);
    const source = hoverText("-Source @('given$0Name','sn')")!;
    assert.match(source, /Connector-space attribute of `5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9`\./);
    assert.match(source, /Read by:\n- In from AD - User Contoso Override → displayName/);
    assert.match(hoverText("-ArgumentList 'employee$0ID'")!, /Joins on it:\n- In from AD - User Contoso Override/);
    const scoped = navigationHover(doc, at(text, "-ArgumentList 'depart$0ment'"))!;
    assert.match((scoped.contents as MarkupContent).value, /In the scope of:\n- In from AD - User Contoso Override/);
    assert.equal(sliceRange(text, scoped.range!), 'department');
  });

  it('an attribute of the same name on the other side is another attribute: the metaverse displayName is not the AD one the expression reads', () => {
    const { text: inbound, doc: inDoc } = navigationFixture('attributes/in-from-ad.ps1');
    const value = (navigationHover(inDoc, at(inbound, "-Destination 'display$0Name'"))!.contents as MarkupContent).value;
    assert.match(value, /Metaverse attribute\./);
    assert.match(value, /Read by: no rule in this document\./);
    assert.match(value, /Written by:\n- In from AD - User Custom Mail$/);
  });
});

describe('navigation hover: the lineage of a destination', () => {
  const { text: lineageText, doc: lineageDoc } = navigationFixture('../lineage/engine-order.ps1');
  const value = (marked: string, occurrence = 0) => (navigationHover(lineageDoc, at(lineageText, marked, occurrence))?.contents as MarkupContent).value;

  it('says how many flows write it and where this one stands in the engine order', () => {
    // The third `-Destination 'title'` is the Override rule's (10 and 15 come first and are not applied).
    assert.match(value("-Destination 'ti$0tle'", 2), /6 flows in this document write `title`\. Into metaverse person this one is 3rd of 5 in the engine's order: wins for user objects in its scope; where it gives AuthoritativeNull/);
    assert.match(value("-Destination 'ti$0tle'", 0), /is 1st of 5 in the engine's order: disabled: the engine does not apply this rule\./);
  });
});
