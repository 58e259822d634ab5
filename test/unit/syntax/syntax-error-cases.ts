import assert from 'node:assert/strict';
import { AFTER, BEFORE, DAMAGED, type MarkedReading } from './marked-fixture';

/** One damaged fixture of test/fixtures/syntax/errors and what must survive the damage. */
export interface DamageCase {
  file: string;
  /** Every rule the file should still yield, in order. */
  rules: string[];
  /** What else must survive the damage. */
  check?: (marked: MarkedReading) => void;
}

export function damaged(marked: MarkedReading) {
  const rule = marked.rules.find((r) => r.name.value === DAMAGED);
  assert.ok(rule, `the damaged rule was not read: ${JSON.stringify(marked.rules.map((r) => r.name.value))}`);
  return rule;
}

/** The damaged rule's parameters after the damaged line are all still bound. */
function restOfRuleRead(marked: MarkedReading) {
  const rule = damaged(marked);
  assert.deepEqual(
    [rule.identifier.value, rule.direction.value, rule.precedence.value, rule.sourceObjectType.value, rule.targetObjectType.value, rule.linkType.value, rule.committed],
    ['a2000000-0000-4000-8000-000000000002', 'Inbound', 20, 'user', 'person', 'Join', true],
  );
}

export const cases: DamageCase[] = [
  { file: 'unterminated-single-quote.ps1', rules: [BEFORE, DAMAGED, AFTER], check: restOfRuleRead },
  {
    file: 'unterminated-single-quote-at-eof.ps1',
    rules: [BEFORE, DAMAGED],
    check: (m) => assert.equal(damaged(m).flows[0]?.expression.value, 'Trim([department])'),
  },
  {
    file: 'missing-opening-quote.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: restOfRuleRead,
  },
  {
    file: 'unterminated-double-quote.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: restOfRuleRead,
  },
  {
    file: 'unterminated-here-string.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: restOfRuleRead,
  },
  {
    file: 'here-string-never-closed.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: restOfRuleRead,
  },
  {
    file: 'unterminated-string-before-brace.ps1',
    rules: [AFTER],
  },
  { file: 'dangling-backtick-at-eof.ps1', rules: [BEFORE, DAMAGED] },
  { file: 'missing-backtick.ps1', rules: [BEFORE, DAMAGED, AFTER], check: restOfRuleRead },
  {
    file: 'missing-paren-in-array.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: (m) => {
      restOfRuleRead(m);
      assert.deepEqual(damaged(m).scopeGroups.map((g) => g.conditions.map((c) => c.attribute.value)), [['department', 'company']]);
    },
  },
  {
    file: 'missing-bracket-in-index.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: (m) => {
      restOfRuleRead(m);
      assert.deepEqual(damaged(m).flows.map((f) => [f.destination.value, f.flowType.value, f.valueMergeType.value]), [['department', 'Direct', 'Update']]);
    },
  },
  {
    file: 'extra-paren.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: (m) => {
      restOfRuleRead(m);
      assert.deepEqual(damaged(m).flows.map((f) => [f.sources.value, f.destination.value, f.flowType.value]), [[['department'], 'department', 'Direct']]);
    },
  },
  { file: 'function-missing-brace.ps1', rules: [BEFORE, DAMAGED, AFTER], check: restOfRuleRead },
  {
    file: 'function-missing-brace-flush-left.ps1',
    rules: [BEFORE, AFTER],
  },
  {
    file: 'missing-brace-before-elseif.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: restOfRuleRead,
  },
  {
    file: 'missing-brace-before-indented-elseif.ps1',
    rules: [BEFORE, AFTER],
  },
  {
    file: 'missing-brace-after-if.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: restOfRuleRead,
  },
  { file: 'unclosed-brace-at-eof.ps1', rules: [BEFORE, DAMAGED], check: restOfRuleRead },
  // PowerShell itself comments out the rest of the file: reading the rule after it would misstate what the script does.
  { file: 'unterminated-block-comment.ps1', rules: [BEFORE] },
];
