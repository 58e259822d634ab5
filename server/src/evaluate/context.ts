import type { Expr } from '../expression/ast';
import type { SampleObject } from './sample-object';
import type { EvalValue } from './value';

export interface EvaluateOptions {
  /** ISO date and time that Now() returns; 2000-01-01T00:00:00Z when absent. */
  now?: string;
  /** Values of %Name% parameters, by name without the percent signs. */
  parameters?: Record<string, string>;
}

/** What stays the same during one evaluation. */
export interface Run {
  object: SampleObject;
  options: EvaluateOptions;
  /** Stand-ins used for what only a live server knows, each said once. */
  standIns: string[];
}

/**
 * Where an expression is evaluated: the run, the $variables bound by Where, Select and With, and how deep
 * the evaluation is (calls and groups nest; a guard keeps a hand-built tree from exhausting the stack).
 */
export interface Scope {
  run: Run;
  variables: ReadonlyMap<string, EvalValue>;
  depth: number;
  evaluate(expr: Expr): EvalValue;
  /** A scope where `$name` is bound to `value`. */
  bind(name: string, value: EvalValue): Scope;
}

export function standIn(run: Run, text: string) {
  if (!run.standIns.includes(text)) run.standIns.push(text);
}
