import { formatValue } from '../evaluate';
import type { RuleSetEvaluation } from '../service/evaluate-rules/evaluate-rules';
import type { Sample } from '../service/evaluate-rules/sample-file';

const label = (r: { name: { value: string | null }; precedence: { value: number | null } }) => `${r.precedence.value ?? '?'} ${r.name.value ?? '(unnamed rule)'}`;

/** Rules in scope with each flow's result, the rules left out and why, then the final values. */
export function evalText(result: RuleSetEvaluation, sample: Sample, rulesLabel: string): string {
  const out = [`A ${sample.objectType}${sample.connector ? ` of ${sample.connector}` : ''} against the inbound rules of ${rulesLabel}:`];
  const inScope = result.rules.filter((r) => r.inScope !== false);
  const outOfScope = result.rules.filter((r) => r.inScope === false);
  out.push('', `In scope (${inScope.length}):`);
  for (const r of inScope) {
    out.push(`  ${label(r.rule)}${r.inScope === 'unknown' ? `  (scope cannot be told here: ${r.reasons.join('; ')})` : ''}`);
    for (const f of r.flows) out.push(`      ${f.destination} = ${f.result.ok ? formatValue(f.result.value) : `error: ${f.result.error}`}${standIns(f.result.standIns)}`);
  }
  out.push('', `Out of scope (${outOfScope.length}):`);
  for (const r of outOfScope) out.push(`  ${label(r.rule)}: ${r.reasons.join('; ')}`);
  out.push('', 'Final values (after precedence):');
  for (const f of result.final) {
    const value = f.error ? `error: ${f.error}` : f.value === null ? 'no value' : formatValue(f.value);
    out.push(`  ${f.attribute} = ${value}${f.from ? `   ← ${label(f.from.rule)}` : ''}${f.note ? `   (${f.note})` : ''}`);
  }
  return out.join('\n') + '\n';
}

function standIns(list: string[]): string {
  return list.length ? `   [stand-in: ${list.join('; ')}]` : '';
}

/** The same as data: rules in precedence order with their flows, then the final value of each attribute. */
export function evalJson(result: RuleSetEvaluation, sample: Sample) {
  return {
    object: { objectType: sample.objectType, connector: sample.connector ?? null },
    rules: result.rules.map((r) => ({
      rule: r.rule.name.value,
      precedence: r.rule.precedence.value,
      inScope: r.inScope,
      reasons: r.reasons,
      flows: r.flows.map((f) => ({
        destination: f.destination,
        flowType: f.flow.flowType.value,
        ...(f.result.ok ? { value: formatValue(f.result.value) } : { error: f.result.error }),
        ...(f.result.standIns.length ? { standIns: f.result.standIns } : {}),
      })),
    })),
    final: Object.fromEntries(
      result.final.map((f) => [
        f.attribute,
        { value: f.value === null ? null : formatValue(f.value), rule: f.from?.rule.name.value ?? null, ...(f.error ? { error: f.error } : {}), ...(f.note ? { note: f.note } : {}) },
      ]),
    ),
  };
}
