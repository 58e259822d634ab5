import { readExpression } from '../../expression/expression-cache';
import type { AttributeFlow } from '../../model/sync-rule';
import { flowTypeOf } from '../../checks/rules/values/rule-facts';
import { resultNodes, wordOf } from '../../checks/rules/values/result-nodes';

/**
 * What a flow can hand to the engine besides a value (DOMAIN §8.4): NULL lets the next rule contribute,
 * AuthoritativeNull removes the value and stops every later rule, IgnoreThisFlow leaves the value alone.
 * `always` when every branch gives it.
 */
export interface FlowOutcomes {
  null?: 'always' | 'sometimes';
  authoritativeNull?: 'always' | 'sometimes';
  ignoreThisFlow?: 'always' | 'sometimes';
  /** Reads the value the connector last imported (ImportedValue), not the one the object holds now. */
  importedValue?: boolean;
}

export function flowOutcomes(flow: AttributeFlow): FlowOutcomes {
  const text = flow.expression.value;
  if (flowTypeOf(flow) !== 'expression' || text === null) return {};
  const parsed = readExpression(text);
  const results = resultNodes(parsed.root);
  const out: FlowOutcomes = {};
  const count = (name: string) => results.filter((r) => wordOf(r.node)?.canonical === name).length;
  const how = (n: number) => (n === 0 ? undefined : n === results.length ? 'always' : 'sometimes');
  const nulls = how(count('NULL'));
  const authoritative = how(count('AuthoritativeNull'));
  const ignore = how(count('IgnoreThisFlow'));
  if (nulls) out.null = nulls;
  if (authoritative) out.authoritativeNull = authoritative;
  if (ignore) out.ignoreThisFlow = ignore;
  if (/\bImportedValue\s*\(/.test(parsed.text)) out.importedValue = true;
  return out;
}
