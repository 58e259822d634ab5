import type { ScopeCondition, SyncRule } from '../../../model/sync-rule';
import { closest } from '../../expression/closest-name';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { direction } from './rule-facts';
import { COMPARISON_OPERATORS, MEMBER_OF_OPERATORS, PRESENCE_OPERATORS, readOperator, type ComparisonOperator } from './scope-operators';

/**
 * AADC022 scope-operator-invalid: the engine's ComparisonOperator enum has twenty names; Microsoft's
 * pages print others (NOTSTARTWITH, ISNOTBITSET, LESSTHANOREQUAL) and a script copying them fails when
 * PowerShell converts the text. The engine also refuses MemberOf operators on outbound rules and a
 * comparison without a value (BIN-OM); a value beside ISNULL/ISNOTNULL is never looked at.
 */
export const scopeOperatorInvalid: RuleCheck = {
  meta: {
    id: 'AADC022',
    name: 'scope-operator-invalid',
    severity: 'error',
    category: 'fast',
    fixable: true,
    summary: 'A scoping condition uses an operator the engine does not have, a MemberOf operator on an outbound rule, or lacks the value its operator needs.',
    docs: {
      why:
        'Scoping operators are the values of the engine\'s ComparisonOperator enumeration (BIN-OM). Some Microsoft pages print names that do not exist: NOTSTARTWITH in "Make a change to the default configuration" (DOC-CHANGE), ISNOTBITSET in "Understanding Declarative Provisioning" (DOC-DECL), LESSTHANOREQUAL in the DSC documentation. ' +
        'PowerShell cannot convert such a name, so New-Object fails and the scope group is built without the condition (or the script stops). ' +
        'The engine\'s own validation (BIN-OM) also rejects ISMEMBEROF/ISNOTMEMBEROF on outbound rules and any comparison except ISNULL/ISNOTNULL without a value; a value beside ISNULL/ISNOTNULL is ignored, which usually means another operator was meant.',
      fix: 'Use the enum name (NOTSTARTSWITH, ISBITNOTSET, LESSTHAN_OR_EQUAL, GREATERTHAN_OR_EQUAL); move membership scoping to an inbound rule; give the value the operator compares with.',
      wrong: "-ArgumentList 'adminDescription','User_','NOTSTARTWITH' `",
      right: "-ArgumentList 'adminDescription','User_','NOTSTARTSWITH' `",
    },
  },
  perRule: ({ rule }) => {
    const out: RuleFinding[] = [];
    for (const group of rule.scopeGroups) for (const condition of group.conditions) out.push(...conditionFindings(rule, condition));
    return out;
  },
};

function conditionFindings(rule: SyncRule, condition: ScopeCondition): RuleFinding[] {
  const written = condition.operator.value;
  if (written === null) return [];
  const at = condition.operator.range ?? condition.range;
  const out: RuleFinding[] = [];
  const reading = readOperator(written);
  let operator: ComparisonOperator | undefined;
  switch (reading.kind) {
    case 'valid':
      operator = reading.operator;
      break;
    case 'case':
      operator = reading.operator;
      out.push({
        file: rule.file,
        range: at,
        severity: 'information',
        message: `'${written}' binds (PowerShell ignores the case of enum names), but the engine's name is ${operator}, as the Rules Editor writes it.`,
        ...fixTo(condition, operator),
      });
      break;
    case 'typo':
      operator = reading.operator;
      out.push({
        file: rule.file,
        range: at,
        message: `'${written}' is not a scoping operator${reading.source ? ` (it is printed so in ${reading.source})` : ''}; the engine's name is ${operator}.`,
        ...fixTo(condition, operator),
      });
      break;
    case 'unknown': {
      const guess = closest(written, COMPARISON_OPERATORS);
      out.push({
        file: rule.file,
        range: at,
        message: `'${written}' is not a scoping operator${guess ? `; did you mean ${guess}?` : `. The engine knows ${COMPARISON_OPERATORS.join(', ')}.`}`,
        ...(guess ? fixTo(condition, guess) : {}),
      });
      break;
    }
  }
  if (!operator) return out;
  if (MEMBER_OF_OPERATORS.has(operator) && direction(rule) === 'outbound') {
    out.push({ file: rule.file, range: at, message: `${operator} cannot scope an outbound rule: the engine only allows group membership operators on inbound rules.` });
  }
  const value = condition.value;
  if (value.unresolved !== undefined) return out;
  const empty = value.value === null || value.value === '';
  const valueAt = value.range ?? condition.range;
  if (PRESENCE_OPERATORS.has(operator) && !empty) {
    out.push({
      file: rule.file,
      range: valueAt,
      severity: 'warning',
      message: `${operator} only tests whether ${condition.attribute.value ?? 'the attribute'} has a value; '${value.value}' is never compared. Leave the value empty, or use EQUAL/NOTEQUAL to compare with it.`,
    });
  } else if (!PRESENCE_OPERATORS.has(operator) && empty && (value.range || value.value === '')) {
    const needs = MEMBER_OF_OPERATORS.has(operator) ? 'the distinguished name of the group' : 'a value to compare with';
    out.push({ file: rule.file, range: valueAt, message: `${operator} needs ${needs}; the engine rejects a scoping condition with an empty value.` });
  }
  return out;
}

function fixTo(condition: ScopeCondition, operator: string): Pick<RuleFinding, 'fix'> {
  const range = condition.operator.range;
  if (!range) return {};
  return { fix: { title: `Change to ${operator}`, edits: [{ range, newText: operator }] } };
}
