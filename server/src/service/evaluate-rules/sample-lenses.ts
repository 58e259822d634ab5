import type { CodeLens } from 'vscode-languageserver-types';
import { evaluate, formatValue, inScope } from '../../evaluate';
import { readExpression } from '../../expression/expression-cache';
import type { SyncRule } from '../../model/sync-rule';
import { flowTypeOf } from '../../checks/rules/values/rule-facts';
import { shorten } from '../navigation/rule-summary';
import type { Sample } from './sample-file';

/** A sample file kept next to an export: its name (for the lens title) and what it holds. */
export interface NamedSample {
  name: string;
  sample: Sample;
}

/** More samples than fit above a line would hide the expression they explain. */
const MAX_SAMPLES = 3;

/**
 * "evaluate with sample": above each Expression flow, what it gives for each sample next to the file
 * (`jdoe.sample.json → "MyIRAFVEd2aImaq7zN3u/w=="`), and when the rule's scope leaves the sample out.
 * Plain-text lenses: nothing to click, the tooltip holds the whole value and any stand-in used.
 */
export function sampleLenses(rules: readonly SyncRule[], samples: readonly NamedSample[]): CodeLens[] {
  if (samples.length === 0) return [];
  const shown = samples.slice(0, MAX_SAMPLES);
  const lenses: CodeLens[] = [];
  for (const rule of rules) {
    const scopes = shown.map((s) => inScope(rule.scopeGroups, s.sample.object).inScope);
    for (const flow of rule.flows) {
      const text = flow.expression.value;
      const at = flow.expression.range?.start;
      if (flowTypeOf(flow) !== 'expression' || text === null || !at) continue;
      const parsed = readExpression(text);
      if (parsed.problems.length) continue;
      shown.forEach((s, k) => {
        const result = evaluate(parsed.root, s.sample.object);
        const value = result.ok ? formatValue(result.value) : `error: ${result.error}`;
        const outside = scopes[k] === false ? ' · out of scope' : '';
        const tooltip = [`${s.name}: ${flow.destination.value ?? '?'} = ${value}`, scopes[k] === false ? `The scope of this rule leaves ${s.name} out.` : '', ...result.standIns].filter(Boolean).join('\n');
        lenses.push({ range: { start: at, end: at }, command: { title: `${s.name} → ${shorten(value, 60)}${outside}`, command: '', tooltip } as CodeLens['command'] & { tooltip: string } });
      });
    }
  }
  return lenses;
}
