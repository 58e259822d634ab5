/** A headless evaluator of the declarative provisioning expression language and of scoping filters. */
export type { EvalValue } from './value';
export type { SampleObject } from './sample-object';
export type { EvaluateOptions } from './context';
export type { EvalResult } from './evaluate';
export { readSampleObject, sampleObjectFrom, attributeCaseMiss } from './sample-object';
export { evaluate, evaluateText } from './evaluate';
export { formatValue } from './format';
export { inScope } from './scope';
export { caseMisses } from './case-misses';
export { IMPLEMENTATIONS } from './function-table';
