import type { RuleSet } from '../../../model/rule-set';
import { isStandardRule, type AttributeFlow, type SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { fileTexts } from './flow-text';
import { direction, flowTypeOf, ruleLabel, sameName } from './rule-facts';
import { resultNodes, wordOf, type ResultNode } from './result-nodes';
import { readExpression } from '../../../expression/expression-cache';

/**
 * Destinations where NULL is the documented way to say "no opinion": cloudFiltered is a vote, and
 * DOC-FIX's own filter example is `IIF(<condition>, True, NULL)` so that other rules can still filter.
 */
const NULL_MEANS_NO_OPINION = new Set(['cloudfiltered']);

/**
 * AADC013 null-instead-of-authoritativenull: a custom rule that wins over an out-of-box rule for the
 * same attribute yields NULL. NULL only means "this rule contributes nothing", so the out-of-box
 * rule's value is used; AuthoritativeNull is the value that clears the attribute (DOC-FIX, DOC-DECL).
 * An expression that is NULL for every object is almost surely meant to clear (warning); a NULL
 * branch of IIF/Switch is as often the deliberate "leave these objects to the standard rule", so it
 * is reported as information.
 */
export const nullInsteadOfAuthoritativeNull: RuleCheck = {
  meta: {
    id: 'AADC013',
    name: 'null-instead-of-authoritativenull',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: 'A custom rule yields NULL for an attribute an out-of-box rule also sets, so the out-of-box value is used instead of clearing it.',
    docs: {
      why:
        'In an Expression flow NULL does not clear anything: it says that this rule contributes no value, and the next rule in precedence order that does contribute wins. ' +
        'Microsoft\'s "Fix modified default rules" page (DOC-FIX) says to use AuthoritativeNull to keep a value out of the metaverse, because a non-null value from a lower-precedence rule replaces NULL; ' +
        '"Understanding Declarative Provisioning" (DOC-DECL) defines AuthoritativeNull as the NULL that no lower-precedence rule can override. ' +
        'So a custom rule with precedence 50 that flows NULL into an attribute the out-of-box rules also flow leaves the out-of-box value in place. ' +
        'A NULL branch of IIF or Switch is often intended ("leave these objects to the default rule") and is reported as information only; cloudFiltered is not reported, since NULL is the documented way to leave the decision to other rules there.',
      fix: 'Write AuthoritativeNull where the rule should remove the value for good. Keep NULL only where the out-of-box value should win.',
      wrong: "-Destination 'extensionAttribute3' `\n-FlowType 'Expression' `\n-Expression 'NULL' `",
      right: "-Destination 'extensionAttribute3' `\n-FlowType 'Expression' `\n-Expression 'AuthoritativeNull' `",
    },
  },
  perConfig: ({ ruleSet, reading, textOf }) => {
    const texts = fileTexts(reading, textOf);
    const out: RuleFinding[] = [];
    for (const rule of ruleSet.rules) {
      if (isStandardRule(rule)) continue;
      for (const { flow, destination, nulls, always } of nullFlowsOf(rule.flows)) {
        const rival = winningStandardRival(rule, flow, ruleSet);
        if (!rival) continue;
        const expression = texts.expression(rule.file, flow);
        if (!expression) continue;
        const by = `${ruleLabel(rival.rule)} (precedence ${rival.rule.precedence.value})`;
        for (const { node } of nulls) {
          const fix = expression.fix('Change NULL to AuthoritativeNull', [{ start: node.start, end: node.end, newText: 'AuthoritativeNull' }]);
          out.push({
            file: rule.file,
            range: expression.range(node.start, node.end),
            severity: always ? 'warning' : 'information',
            message: always
              ? `NULL contributes nothing, so ${by} still sets ${destination}; AuthoritativeNull would remove the value.`
              : `For objects that take this branch NULL contributes nothing and ${by} sets ${destination}; write AuthoritativeNull if this branch should clear it.`,
            ...(fix ? { fix } : {}),
            related: [{ file: rival.rule.file, range: rival.flow.destination.range ?? rival.flow.range, message: `${ruleLabel(rival.rule)} also flows ${destination}` }],
          });
        }
      }
    }
    return out;
  },
};

interface NullFlow {
  flow: AttributeFlow;
  destination: string;
  /** The results of the flow's expression that are NULL. */
  nulls: ResultNode[];
  /** Every result is NULL. */
  always: boolean;
}

/**
 * The Expression flows of a rule that can give NULL, to a destination where NULL is not itself the
 * point. The check runs again whenever a flow changes anywhere in the file: the flows of unchanged
 * rules are the same arrays, worked out once.
 */
function nullFlowsOf(flows: readonly AttributeFlow[]): NullFlow[] {
  let found = nullFlows.get(flows);
  if (found) return found;
  found = [];
  for (const flow of flows) {
    const destination = flow.destination.value;
    if (flowTypeOf(flow) !== 'expression' || !destination || flow.expression.value === null || NULL_MEANS_NO_OPINION.has(destination.trim().toLowerCase())) continue;
    const results = resultNodes(readExpression(flow.expression.value).root);
    const nulls = results.filter((r) => wordOf(r.node)?.kind === 'null');
    if (nulls.length) found.push({ flow, destination, nulls, always: nulls.length === results.length });
  }
  nullFlows.set(flows, found);
  return found;
}

const nullFlows = new WeakMap<readonly AttributeFlow[], NullFlow[]>();

/**
 * The enabled out-of-box rule whose value shows through: same direction and object types (same
 * connector for outbound rules), flows the same destination, and comes next after the custom rule.
 */
function winningStandardRival(rule: SyncRule, flow: AttributeFlow, ruleSet: RuleSet): { rule: SyncRule; flow: AttributeFlow } | undefined {
  const dir = direction(rule);
  const precedence = rule.precedence.value;
  if (!dir || precedence === null) return undefined;
  let best: { rule: SyncRule; flow: AttributeFlow } | undefined;
  for (const other of enabledStandardRules(ruleSet)) {
    if (direction(other) !== dir) continue;
    const theirs = other.precedence.value;
    if (theirs === null || theirs <= precedence) continue;
    if (!sameName(other.targetObjectType.value, rule.targetObjectType.value)) continue;
    if (dir === 'inbound' && !sameName(other.sourceObjectType.value, rule.sourceObjectType.value)) continue;
    if (dir === 'outbound' && !sameConnector(other, rule)) continue;
    const match = other.flows.find((f) => sameName(f.destination.value, flow.destination.value));
    if (match && (!best || theirs < best.rule.precedence.value!)) best = { rule: other, flow: match };
  }
  return best;
}

// Asked per flow that writes NULL; a custom-heavy file has thousands of rules and few standard ones.
const standardOf = new WeakMap<RuleSet, SyncRule[]>();

function enabledStandardRules(ruleSet: RuleSet): SyncRule[] {
  let rules = standardOf.get(ruleSet);
  if (!rules) standardOf.set(ruleSet, (rules = ruleSet.rules.filter((r) => isStandardRule(r) && !r.disabled.value)));
  return rules;
}

function sameConnector(a: SyncRule, b: SyncRule): boolean {
  if (a.connector.id.value && b.connector.id.value) return a.connector.id.value === b.connector.id.value;
  return sameName(a.connector.name.value, b.connector.name.value);
}
