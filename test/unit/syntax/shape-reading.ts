import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readPowerShellScript, type PowerShellReading } from '../../../server/src/formats/powershell-script';
import type { AttributeFlow, Located, Range, SyncRule } from '../../../server/src/model';
import { LineIndex } from '../../../server/src/model/line-index';
import { fixturePath } from '../../support/corpus';
import { assertFindings } from '../../support/markers';

/** A shape fixture as read, with its text kept so that ranges can be proved against it. */
export interface Shape {
  file: string;
  text: string;
  lines: LineIndex;
  reading: PowerShellReading;
  rules: SyncRule[];
}

export function shapePath(name: string): string {
  return fixturePath('syntax', 'shapes', name);
}

export function readShape(name: string): Shape {
  const file = shapePath(name);
  const text = fs.readFileSync(file, 'utf8');
  const reading = readPowerShellScript(file, text);
  return { file, text, lines: new LineIndex(text), reading, rules: reading.configs[0].rules };
}

/** Shapes are valid scripts: nothing may be reported anywhere in them. */
export function assertClean(shape: Shape): void {
  assertFindings(shape.reading.diagnostics, [], shape.text);
}

export function ruleNamed(shape: Shape, name: string): SyncRule {
  const found = shape.rules.filter((r) => r.name.value === name);
  assert.equal(found.length, 1, `expected one rule named '${name}'; read: ${JSON.stringify(shape.rules.map((r) => r.name.value))}`);
  return found[0];
}

export function flowTo(rule: SyncRule, destination: string): AttributeFlow {
  const flow = rule.flows.find((f) => f.destination.value === destination);
  assert.ok(flow, `no flow to ${destination} in '${rule.name.value}'`);
  return flow;
}

/** The characters a range covers: proves the range instead of trusting it. */
export function slice(shape: Shape, range: Range | undefined): string {
  assert.ok(range, 'the value has no range');
  return shape.text.slice(shape.lines.offsetAt(range.start), shape.lines.offsetAt(range.end));
}

/** The value is `expected` and its range covers exactly `raw` in the file. */
export function assertSource<T>(shape: Shape, value: Located<T>, expected: T, raw: string): void {
  assert.deepEqual(value.value, expected);
  assert.equal(slice(shape, value.range), raw);
}

/** Every located string of a rule (fields, flows, conditions), labelled for failure messages. */
function locatedStrings(rule: SyncRule): [string, Located<string | null>][] {
  const out: [string, Located<string | null>][] = [
    ['name', rule.name], ['identifier', rule.identifier], ['description', rule.description], ['direction', rule.direction],
    ['precedenceAfter', rule.precedenceAfter], ['precedenceBefore', rule.precedenceBefore], ['connector.id', rule.connector.id],
    ['sourceObjectType', rule.sourceObjectType], ['targetObjectType', rule.targetObjectType], ['linkType', rule.linkType],
    ['immutableTag', rule.immutableTag], ['softDeleteExpiryInterval', rule.softDeleteExpiryInterval],
  ];
  rule.flows.forEach((f, k) => {
    out.push([`flows[${k}].destination`, f.destination], [`flows[${k}].flowType`, f.flowType]);
    out.push([`flows[${k}].valueMergeType`, f.valueMergeType], [`flows[${k}].expression`, f.expression]);
  });
  rule.scopeGroups.forEach((g, k) => g.conditions.forEach((c, j) => {
    out.push([`scope[${k}][${j}].attribute`, c.attribute], [`scope[${k}][${j}].operator`, c.operator], [`scope[${k}][${j}].value`, c.value]);
  }));
  rule.joinGroups.forEach((g, k) => g.conditions.forEach((c, j) => {
    out.push([`join[${k}][${j}].csAttribute`, c.csAttribute], [`join[${k}][${j}].mvAttribute`, c.mvAttribute]);
  }));
  return out;
}

/**
 * Every string value read from a single-quoted string or a here-string has a range over its content:
 * the slice is the value as written, i.e. with `'` doubled in single quotes. Values the file names
 * indirectly (`$name`, `(… ).Identifier`) point at that reference instead; GUIDs are normalised
 * (braces dropped, lower case) and ticks converted, so those are compared in their written form.
 */
export function assertStringRangesSliceBack(shape: Shape, rule: SyncRule): void {
  for (const [label, v] of locatedStrings(rule)) {
    if (v.value === null || v.range === undefined) continue;
    const raw = slice(shape, v.range);
    const where = `'${rule.name.value}' ${label}`;
    if (/^[$[(]/.test(raw)) continue;
    // A bare number (TimeSpan ticks) is converted, not quoted.
    if (/^\d+$/.test(raw) && label === 'softDeleteExpiryInterval') continue;
    const before = shape.text.slice(0, shape.lines.offsetAt(v.range.start));
    const after = shape.text[shape.lines.offsetAt(v.range.end)];
    if (/@'[ \t]*(\r\n|\n|\r)$/.test(before)) {
      assert.equal(raw, v.value, `${where}: a here-string's range covers its value`);
    } else if (before.endsWith("'")) {
      assert.equal(after, "'", `${where}: the range ends at the closing quote`);
      const written = label === 'identifier' || label.startsWith('precedence') || label === 'connector.id'
        ? raw.replace(/^\{|\}$/g, '').toLowerCase()
        : raw;
      assert.equal(written, v.value.replace(/'/g, "''"), `${where}: the range covers the value as written`);
    } else if (before.endsWith('"')) {
      // Double quotes have backtick escapes; only plain ones can be compared without unescaping.
      if (!/[`"]/.test(raw)) assert.equal(raw, v.value, `${where}: the range covers the value`);
    } else {
      assert.fail(`${where}: unexpected text before the value's range: ${JSON.stringify(before.slice(-10))}`);
    }
  }
}
