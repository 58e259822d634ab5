import type { CodeLens } from 'vscode-languageserver-types';
import { formatValue, inScope } from '../../evaluate';
import { evaluateFlow } from './evaluate-rules';
import type { SyncRule } from '../../model/sync-rule';
import { flowTypeOf } from '../../checks/rules/values/rule-facts';
import { shorten } from '../navigation/rule-summary';
import type { Sample } from './sample-file';

/** A sample file kept next to an export: its name (for the lens title) and what it holds. */
export interface NamedSample {
  name: string;
  sample: Sample;
}

/** Which flow and sample a lens stands for, until the editor asks for its title (it does so only for visible lenses). */
export interface SampleLensData {
  kind: 'sample';
  uri: string;
  rule: number;
  flow: number;
  sample: number;
}

/** More samples than fit above a line would hide the expression they explain. */
export const MAX_SAMPLES = 3;

/**
 * "evaluate with sample": one lens above each Expression flow per sample beside the file (up to three). The
 * value is worked out when the lens is resolved: a large export has thousands of flows, the editor shows a few.
 */
export function sampleLenses(uri: string, rules: readonly SyncRule[], samples: number): CodeLens[] {
  const lenses: CodeLens[] = [];
  rules.forEach((rule, r) =>
    rule.flows.forEach((flow, f) => {
      const at = flow.expression.range?.start;
      if (flowTypeOf(flow) !== 'expression' || flow.expression.value === null || !at) return;
      for (let k = 0; k < Math.min(samples, MAX_SAMPLES); k++) {
        const data: SampleLensData = { kind: 'sample', uri, rule: r, flow: f, sample: k };
        lenses.push({ range: { start: at, end: at }, data });
      }
    }),
  );
  return lenses;
}

/**
 * The lens's title: `jdoe.sample.json → "MyIRAFVEd2aImaq7zN3u/w=="`, and `· out of scope` when the rule's scope
 * leaves the sample out. Plain text (no command to run); the tooltip holds the whole value and any stand-in used.
 */
export function resolveSampleLens(lens: CodeLens, data: SampleLensData, rules: readonly SyncRule[], samples: readonly NamedSample[]): CodeLens {
  const rule = rules[data.rule];
  const flow = rule?.flows[data.flow];
  const s = samples[data.sample];
  if (!rule || !flow || !s || flow.expression.value === null) return { ...lens, command: { title: '', command: '' } };
  const result = evaluateFlow(flow, s.sample.object);
  const value = result.ok ? formatValue(result.value) : `error: ${result.error}`;
  const outside = inScope(rule.scopeGroups, s.sample.object).inScope === false;
  const tooltip = [`${s.name}: ${flow.destination.value ?? '?'} = ${value}`, outside ? `The scope of this rule leaves ${s.name} out.` : '', ...result.standIns].filter(Boolean).join('\n');
  const command = { title: `${s.name} → ${shorten(value, 60)}${outside ? ' · out of scope' : ''}`, command: '', tooltip } as CodeLens['command'] & { tooltip: string };
  return { ...lens, command };
}
