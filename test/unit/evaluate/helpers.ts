import assert from 'node:assert/strict';
import { evaluateText, readSampleObject, type EvalValue, type EvaluateOptions, type SampleObject } from '../../../server/src/evaluate';

/** A sample object from JSON-like attributes; the test fails if the sample itself has problems. */
export function sample(attributes: Record<string, unknown> = {}): SampleObject {
  const { object, problems } = readSampleObject(JSON.stringify(attributes));
  assert.deepEqual(problems, []);
  return object;
}

/** A sample object holding the given values as they are (for binary values written in hex). */
export function objectOf(attributes: Record<string, EvalValue>): SampleObject {
  return { attributes: new Map(Object.entries(attributes)) };
}

export function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from((hex.replace(/\s+/g, '').match(/../g) ?? []).map((h) => parseInt(h, 16)));
}

export function bin(hex: string): EvalValue {
  return { type: 'binary', bytes: hexBytes(hex) };
}

export function mv(...values: EvalValue[]): EvalValue {
  return { type: 'multi', values };
}

function asObject(object: SampleObject | Record<string, unknown>): SampleObject {
  return object.attributes instanceof Map ? (object as SampleObject) : sample(object as Record<string, unknown>);
}

/** The value of an expression that must evaluate. */
export function value(expression: string, object: SampleObject | Record<string, unknown> = {}, options?: EvaluateOptions): EvalValue {
  const result = evaluateText(expression, asObject(object), options);
  if (!result.ok) assert.fail(`${expression} failed: ${result.error}`);
  return result.value;
}

/** The error of an expression that must fail. */
export function error(expression: string, object: SampleObject | Record<string, unknown> = {}): string {
  const result = evaluateText(expression, asObject(object));
  if (result.ok) assert.fail(`${expression} should fail but gave ${JSON.stringify(result.value)}`);
  return result.error;
}
