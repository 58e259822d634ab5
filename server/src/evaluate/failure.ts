/**
 * Why evaluation stopped. Thrown inside the evaluator and caught once at its entry, so every function can
 * stop the whole expression the way the engine fails the object, without threading results through.
 */
export class EvalFailure extends Error {}

export function fail(message: string): never {
  throw new EvalFailure(message);
}
