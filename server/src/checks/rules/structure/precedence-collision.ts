import type { SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { freeNear, precedenceFix, usedPrecedences } from './free-precedence';
import { comparablePrecedence, describeRule, rangeOf } from './rule-facts';
import { linkOthers, nameOthers } from '../other-rules';

/**
 * AADC005 precedence-collision: two rules of one configuration (a file, a server export, one side of a
 * Documenter report) at the same precedence. Both are reported, each pointing at the other.
 */
export const precedenceCollision: RuleCheck = {
  meta: {
    id: 'AADC005',
    name: 'precedence-collision',
    severity: 'error',
    category: 'fast',
    fixable: true,
    summary: 'Two rules of one file or server share a precedence, so which one wins is undefined.',
    docs: {
      why:
        'The precedence decides which rule wins an attribute that several rules write, and DOC-CHANGE asks for a value that is unique in the system. ' +
        'Two rules at the same number leave the winner undefined, so an attribute can flip between the two values from one sync cycle to the next.',
      fix:
        'Give one of the two rules a number nobody else uses; the quick fix picks the nearest free value in the custom range (0–99) and says which. ' +
        "Rules placed with PrecedenceBefore/After are left out: the engine numbers them when they are added.",
      wrong: "-Name 'In from AD - User Office' `\n-Precedence 40 `\n…\n-Name 'In from AD - User Title' `\n-Precedence 40 `",
      right: "-Name 'In from AD - User Office' `\n-Precedence 40 `\n…\n-Name 'In from AD - User Title' `\n-Precedence 41 `",
    },
  },
  perConfig: ({ ruleSet, reading, textOf }) => {
    const out: RuleFinding[] = [];
    const used = usedPrecedences(ruleSet.rules);
    for (const [p, rules] of byPrecedence(ruleSet.rules)) {
      // The same Identifier twice is one rule on the server (the second add replaces the first): AADC025's finding.
      // Worked out once per Identifier: a file can repeat one rule thousands of times.
      const othersById = new Map<string | null, SyncRule[]>();
      for (const rule of rules) {
        const id = rule.identifier.value;
        let others = othersById.get(id);
        if (!others) othersById.set(id, (others = rules.filter((o) => o.identifier.value !== id)));
        if (others.length === 0) continue;
        out.push(collisionFinding(rule, p, others, used, (target) => precedenceFix(rule, target, reading.format, textOf)));
      }
    }
    return out;
  },
};

function byPrecedence(rules: readonly SyncRule[]): Map<number, SyncRule[]> {
  const map = new Map<number, SyncRule[]>();
  for (const r of rules) {
    const p = comparablePrecedence(r);
    if (p === undefined) continue;
    const list = map.get(p);
    if (list) list.push(r);
    else map.set(p, [r]);
  }
  return map;
}

/** The finding on one rule of a collision; `fixTo` builds the edit when the file can take one. */
export function collisionFinding(rule: SyncRule, p: number, others: readonly SyncRule[], used: Set<number>, fixTo: (target: number) => RuleFinding['fix']): RuleFinding {
  const target = freeNear(p, used);
  const finding: RuleFinding = {
    file: rule.file,
    range: rangeOf(rule.precedence, rule),
    message: `Precedence ${p} is also held by ${nameOthers(others, (o) => describeRule(o, rule.file))}; each rule needs a precedence of its own, or which one wins a shared attribute is undefined.`,
    related: linkOthers(others, (o) => ({ file: o.file, range: rangeOf(o.precedence, o), message: `${describeRule(o)} has precedence ${p} too` })),
  };
  const fix = target !== undefined ? fixTo(target) : undefined;
  if (fix) {
    finding.fix = fix;
    finding.message += ` ${target} is free.`;
  }
  return finding;
}
