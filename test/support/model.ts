import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { LineIndex } from '../../server/src/model/line-index';
import type { InputReading, Range, SyncRule } from '../../server/src/model';

const texts = new Map<string, LineIndex>();

/** The raw characters a range covers in a file: proves a range instead of trusting it. */
export function textAt(file: string, range: Range | undefined): string {
  assert.ok(range, `no range in ${file}`);
  let lines = texts.get(file);
  if (!lines) texts.set(file, (lines = new LineIndex(fs.readFileSync(file, 'utf8'))));
  return lines.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

export function totals(rules: SyncRule[]) {
  const sum = (f: (r: SyncRule) => number) => rules.reduce((a, r) => a + f(r), 0);
  return {
    rules: rules.length,
    flows: sum((r) => r.flows.length),
    scopeGroups: sum((r) => r.scopeGroups.length),
    joinGroups: sum((r) => r.joinGroups.length),
  };
}

export function ruleNamed(reading: InputReading, name: string, config = 0): SyncRule {
  const rule = reading.configs[config].rules.find((r) => r.name.value === name);
  assert.ok(rule, `rule '${name}' not read from ${reading.source}`);
  return rule;
}
