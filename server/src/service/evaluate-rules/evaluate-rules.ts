import { evaluate, inScope, type EvalResult, type EvalValue, type SampleObject } from '../../evaluate';
import type { Verdict } from '../../evaluate/scope';
import { readExpression } from '../../expression/expression-cache';
import type { AttributeFlow, SyncRule } from '../../model/sync-rule';
import { direction, flowTypeOf, mergeKind, sameName } from '../../checks/rules/values/rule-facts';
import { addTo } from '../../model/multimap';
import type { Sample } from './sample-file';

export interface FlowEvaluation {
  flow: AttributeFlow;
  destination: string;
  result: EvalResult;
}

export interface RuleEvaluation {
  rule: SyncRule;
  inScope: Verdict;
  reasons: string[];
  /** Only for rules in scope (or whose scope cannot be told here). */
  flows: FlowEvaluation[];
}

/** The value a metaverse attribute ends with, and the flow it came from. */
export interface FinalValue {
  attribute: string;
  /** null: no value (every flow gave NULL, or AuthoritativeNull removed it). */
  value: EvalValue;
  from?: { rule: SyncRule; flow: AttributeFlow };
  /** The object fails to synchronise: Error(…) or an evaluation error of the winning flow. */
  error?: string;
  note?: string;
}

export interface RuleSetEvaluation {
  rules: RuleEvaluation[];
  final: FinalValue[];
}

/**
 * The inbound rules that read the sample's kind of object (its connector when the sample names one), in
 * precedence order: which are in scope, what each of their flows gives, and the value each metaverse
 * attribute ends with after precedence (lowest first; NULL passes on, AuthoritativeNull removes and stops,
 * IgnoreThisFlow passes on, Merge collects). Nothing is run: expressions are evaluated by our interpreter.
 */
export function evaluateRules(rules: readonly SyncRule[], sample: Sample, options: { now?: string } = {}): RuleSetEvaluation {
  const candidates = rules
    .filter((r) => direction(r) === 'inbound' && !r.disabled.value && !/^joinnoflow$/i.test(r.linkType.value ?? ''))
    .filter((r) => sameName(r.sourceObjectType.value, sample.objectType))
    .filter((r) => !sample.connector || sameName(r.connector.name.value, sample.connector) || sameName(r.connector.id.value, sample.connector))
    .sort((a, b) => (a.precedence.value ?? Infinity) - (b.precedence.value ?? Infinity));
  const evaluations = candidates.map((rule): RuleEvaluation => {
    const scope = inScope(rule.scopeGroups, sample.object);
    const flows = scope.inScope === false ? [] : rule.flows.map((flow) => ({ flow, destination: flow.destination.value ?? '?', result: evaluateFlow(flow, sample.object, options) }));
    return { rule, inScope: scope.inScope, reasons: scope.reasons, flows };
  });
  return { rules: evaluations, final: finalValues(evaluations) };
}

/** What one flow gives for an object: its constant, its source attribute, or its expression evaluated. */
export function evaluateFlow(flow: AttributeFlow, object: SampleObject, options: { now?: string } = {}): EvalResult {
  const type = flowTypeOf(flow);
  if (type === 'constant') return { ok: true, value: flow.sources.value[0] ?? null, standIns: [] };
  if (type === 'direct') return { ok: true, value: object.attributes.get(flow.sources.value[0] ?? '') ?? null, standIns: [] };
  const text = flow.expression.value;
  if (type !== 'expression' || text === null) return { ok: false, error: `flow type ${flow.flowType.value ?? '?'} cannot be evaluated`, standIns: [] };
  const parsed = readExpression(text);
  if (parsed.problems.length) return { ok: false, error: `the expression does not read: ${parsed.problems[0].message}`, standIns: [] };
  return evaluate(parsed.root, object, options);
}

function finalValues(evaluations: RuleEvaluation[]): FinalValue[] {
  const byAttribute = new Map<string, { rule: SyncRule; flow: FlowEvaluation }[]>();
  for (const e of evaluations) for (const f of e.flows) addTo(byAttribute, f.destination.toLowerCase(), { rule: e.rule, flow: f });
  return [...byAttribute.values()].map((contributions) => resolve(contributions)).sort((a, b) => a.attribute.localeCompare(b.attribute));
}

function resolve(contributions: { rule: SyncRule; flow: FlowEvaluation }[]): FinalValue {
  const attribute = contributions[0].flow.destination;
  if (contributions.some((c) => mergeKind(c.flow.flow) === 'merge')) return merged(attribute, contributions);
  for (const c of contributions) {
    const from = { rule: c.rule, flow: c.flow.flow };
    const r = c.flow.result;
    if (!r.ok) return { attribute, value: null, from, error: r.error };
    const v = r.value;
    if (v === null || (typeof v === 'object' && v.type === 'ignoreThisFlow')) continue;
    if (typeof v === 'object' && v.type === 'authoritativeNull') return { attribute, value: null, from, note: 'AuthoritativeNull: the value is removed and no later rule contributes' };
    return { attribute, value: v, from };
  }
  return { attribute, value: null, note: 'every flow in scope gave NULL: no value' };
}

function merged(attribute: string, contributions: { rule: SyncRule; flow: FlowEvaluation }[]): FinalValue {
  const values: EvalValue[] = [];
  for (const c of contributions) {
    const r = c.flow.result;
    if (!r.ok) return { attribute, value: null, from: { rule: c.rule, flow: c.flow.flow }, error: r.error };
    const v = r.value;
    if (v === null || (typeof v === 'object' && (v.type === 'ignoreThisFlow' || v.type === 'authoritativeNull'))) continue;
    if (typeof v === 'object' && v.type === 'multi') values.push(...v.values);
    else values.push(v);
  }
  return { attribute, value: values.length ? { type: 'multi', values } : null, note: `merged from ${contributions.length} flow${contributions.length === 1 ? '' : 's'}` };
}
