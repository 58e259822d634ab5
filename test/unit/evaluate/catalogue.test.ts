import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUNCTIONS } from '../../../server/src/catalog/functions';
import { evaluate, IMPLEMENTATIONS } from '../../../server/src/evaluate';
import type { Expr } from '../../../server/src/expression/ast';
import { sample } from './helpers';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The functions this evaluator does not reproduce, and nothing else. */
const UNSUPPORTED = ['CBin', 'Thumbprint', ...FUNCTIONS.filter((f) => f.category === 'certificate').map((f) => f.name)].sort();

function callOf(name: string, argCount: number): Expr {
  const args: Expr[] = Array.from({ length: argCount }, (_, i) => ({ kind: 'string', value: `x${i}`, start: 0, end: 0 }));
  return { kind: 'call', name, nameSpan: { start: 0, end: 0 }, args, open: 0, start: 0, end: 0 };
}

describe('every engine function is evaluated or refused clearly', () => {
  test('each catalogue function has an implementation entry, and there are no others', () => {
    assert.deepEqual(FUNCTIONS.map((f) => f.name).filter((name) => !IMPLEMENTATIONS.has(name)), []);
    assert.deepEqual([...IMPLEMENTATIONS.keys()].filter((name) => !FUNCTIONS.some((f) => f.name === name)), []);
  });

  test('exactly the certificate functions, CBin and Thumbprint are unsupported', () => {
    const unsupported = [...IMPLEMENTATIONS].filter(([, impl]) => impl.kind === 'unsupported').map(([name]) => name).sort();
    assert.deepEqual(unsupported, UNSUPPORTED);
    assert.ok(unsupported.length > 20);
  });

  test('an unsupported function says so, with the reason', () => {
    for (const name of UNSUPPORTED) {
      const info = FUNCTIONS.find((f) => f.name === name)!;
      const result = evaluate(callOf(name, info.minArgs), sample());
      assert.equal(result.ok, false, name);
      assert.match(result.ok ? '' : result.error, new RegExp(`^Function ${name} is not supported: .{20,}`), name);
    }
  });

  test('every supported function is called in these tests with hand-worked results', () => {
    const texts = fs.readdirSync(here).filter((f) => f.endsWith('.test.ts') && f !== 'catalogue.test.ts').map((f) => fs.readFileSync(path.join(here, f), 'utf8')).join('\n');
    const untested = FUNCTIONS.map((f) => f.name).filter((name) => !UNSUPPORTED.includes(name) && !new RegExp(`\\b${name}\\(`).test(texts));
    assert.deepEqual(untested, []);
  });
});
