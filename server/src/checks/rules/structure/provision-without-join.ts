import type { RuleCheck } from '../../rule-check';
import { isOneOf, rangeOf } from './rule-facts';

/**
 * AADC011 provision-without-join: a Provision or StickyJoin rule must carry at least one join group; the
 * engine refuses it otherwise. (A Join rule without join groups is normal: it rides on another rule's join.)
 */
export const provisionWithoutJoin: RuleCheck = {
  meta: {
    id: 'AADC011',
    name: 'provision-without-join',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'A Provision or StickyJoin rule without any join group, which the engine rejects.',
    docs: {
      why:
        'The sync engine validates every rule it is given (BIN-OM): a rule with LinkType Provision or StickyJoin must say how it finds an existing object to link to, ' +
        "and without a join group Add-ADSyncRule fails with \"Provision or StickyLink Synchronization Rules must specify a JoinFilter.\"",
      fix:
        'Add a join group (Add-ADSyncJoinConditionGroup) with the attributes that match the object on both sides, as the out-of-box "… Join" rules do. ' +
        'If the rule only overrides attributes of objects another rule already links, make it a Join rule with no join groups instead (DOC-FIX).',
      wrong: "-LinkType 'Provision' `\n…\n(no Add-ADSyncJoinConditionGroup)",
      right:
        "-LinkType 'Provision' `\n…\nNew-Object  `\n-TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' `\n-ArgumentList 'employeeID','employeeID',$false `\n-OutVariable condition0\n\n\nAdd-ADSyncJoinConditionGroup  `\n-SynchronizationRule $syncRule[0] `\n-JoinConditions @($condition0[0]) `\n-OutVariable syncRule",
    },
  },
  perRule: ({ rule }) => {
    if (rule.joinGroups.length > 0 || isOneOf(rule.linkType, 'Provision', 'StickyJoin') !== true) return [];
    return [
      {
        file: rule.file,
        range: rangeOf(rule.linkType, rule),
        message: `LinkType ${rule.linkType.value} needs at least one join group; without one the engine rejects the rule ("Provision or StickyLink Synchronization Rules must specify a JoinFilter").`,
      },
    ];
  },
};
