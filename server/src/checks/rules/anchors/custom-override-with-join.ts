import { isStandardRule } from '../../../model/sync-rule';
import type { RuleCheck } from '../../rule-check';
import { hasJoinConditions } from './join-criteria';

/**
 * AADC012 custom-override-with-join: a custom rule of link type Join adds or overrides flows for objects that
 * another rule joins or provisions; Microsoft's recipe leaves its join groups empty. Join conditions of its
 * own make it a second join rule for those objects, a source of join conflicts (AADC010).
 */
export const customOverrideWithJoin: RuleCheck = {
  meta: {
    id: 'AADC012',
    name: 'custom-override-with-join',
    severity: 'information',
    category: 'fast',
    fixable: false,
    summary: 'A custom rule with link type Join (an attribute-override rule) defines join conditions of its own.',
    docs: {
      why:
        'The supported way to change what an out-of-box rule flows is a new inbound rule with link type Join, a precedence below 100 and empty join rules, so that it relies on the join of the out-of-box rule (DOC-FIX). Join conditions in such a rule make it a second join rule for the same objects: where they differ from the out-of-box ones the engine cannot decide the join (DOC-DECL), and where they repeat them they tie the rule to today\'s join, which an upgrade may change.',
      fix: 'Remove the join condition groups from the override rule, unless it really is meant to join objects that no other rule joins; then keep this note in mind when the rules it sits beside change.',
      wrong: "-LinkType 'Join' `\n…\nAdd-ADSyncJoinConditionGroup  `\n-SynchronizationRule $syncRule[0] `\n-JoinConditions @($condition0[0]) `\n-OutVariable syncRule",
      right: "-LinkType 'Join' `\n… (mappings and scope only, no Add-ADSyncJoinConditionGroup)",
    },
  },
  perRule: ({ rule }) => {
    if (isStandardRule(rule) || rule.linkType.value?.trim().toLowerCase() !== 'join' || !hasJoinConditions(rule.joinGroups)) return [];
    const groups = rule.joinGroups.filter((g) => g.conditions.length > 0);
    return [
      {
        file: rule.file,
        range: rule.linkType.range ?? rule.selectionRange,
        message: `This custom Join rule defines its own join conditions (${groups.length === 1 ? 'one group' : `${groups.length} groups`}). A rule that adds or overrides flows can leave them empty and use the join of the rule that links the object; with conditions of its own it is a second join rule for these objects, and conflicts with the other as soon as their conditions differ.`,
        related: groups.map((g) => ({ file: rule.file, range: g.range, message: 'join condition group' })),
      },
    ];
  },
};
