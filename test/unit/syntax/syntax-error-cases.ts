import assert from 'node:assert/strict';
import { AFTER, BEFORE, DAMAGED, type MarkedReading } from './marked-fixture';

/** One damaged fixture of test/fixtures/syntax/errors and what must survive the damage. */
export interface DamageCase {
  file: string;
  /** Every rule the file should still yield, in order. */
  rules: string[];
  /** What else must survive the damage. */
  check?: (marked: MarkedReading) => void;
  /** Known bugs: the test stays, marked todo, until the reader is fixed. */
  todoFindings?: string;
  todoRules?: string;
  /** A bug only the CRLF copy of the fixture shows. */
  todoCrlf?: string;
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
    todoFindings: "binder adds three AADC024 'no parameter takes this positional value' for the words of the same damaged value",
  },
  {
    file: 'unterminated-double-quote.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: restOfRuleRead,
    todoFindings: 'the double-quoted string swallows the backtick-continued lines; cascading AADC024 (lacks parameters, never added)',
    todoRules: "a backtick + line break inside double quotes is skipped as an escape, so the 'next line is a -Param' resync never fires",
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
    todoFindings: 'the here-string runs to the end of the file; cascading AADC024 on the damaged rule',
    todoRules: 'no resync for a here-string without any closing line: the parameters after it and the next rule are lost',
  },
  {
    file: 'unterminated-string-before-brace.ps1',
    rules: [AFTER],
    todoFindings: "the string runs through the line holding only '}', so a second AADC000 says that block is not closed",
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
    todoFindings: "closeBlocksBeforeKeyword() reports at lastEnd(): the first blank line after the body (CRLF: between '\\r' and '\\n'), not the end of the last code",
  },
  {
    file: 'missing-brace-before-elseif.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: restOfRuleRead,
    todoCrlf: "CRLF: the NewLine token covers only '\\r', so lastEnd() lands between '\\r' and '\\n', past the end of the previous line",
  },
  {
    file: 'missing-brace-before-indented-elseif.ps1',
    rules: [BEFORE, AFTER],
    todoFindings: "reported at column 0 with a range over the indentation, not at the 'elseif' (lastEnd() is the start of the line after a NewLine token)",
  },
  {
    file: 'missing-brace-after-if.ps1',
    rules: [BEFORE, DAMAGED, AFTER],
    check: restOfRuleRead,
    todoFindings: "the virtual '{' is closed again at the end of the next line, so the real '}' is 'unexpected': 3 findings for one missing brace",
  },
  { file: 'unclosed-brace-at-eof.ps1', rules: [BEFORE, DAMAGED], check: restOfRuleRead },
  {
    file: 'unterminated-block-comment.ps1',
    rules: [BEFORE, AFTER],
    todoRules: "an unclosed '<#' swallows the rest of the file; no resync (e.g. at the first blank-line-separated New-ADSyncRule)",
  },
];
