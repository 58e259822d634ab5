import type { RuleSet } from '../../../model/rule-set';
import { isStandardRule, type SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { fewOthers, linkOthers, nameOthers } from '../other-rules';
import { direction, ruleLabel, sameName } from '../values/rule-facts';
import { isEntraConnector } from '../anchors/connectors';

/** What MV.xml of a server export says; scripts do not say. */
function passwordWriteback(ruleSet: RuleSet): 'on' | 'off' | 'unknown' {
  const value = ruleSet.globalSettings?.parameters?.['Microsoft.OptionalFeature.PasswordWriteback'];
  return value === undefined ? 'unknown' : /^true$/i.test(value.trim()) ? 'on' : 'off';
}

/**
 * Enabled inbound rules with join groups from an on-premises connector's users into metaverse persons: writeback
 * resets the password of an AD account; the Entra connector's own join ("In from AAD - User Join") is the cloud side.
 */
function userJoinRules(ruleSet: RuleSet): SyncRule[] {
  return ruleSet.rules.filter(
    (r) =>
      !r.disabled.value &&
      direction(r) === 'inbound' &&
      r.joinGroups.length > 0 &&
      sameName(r.sourceObjectType.value, 'user') &&
      sameName(r.targetObjectType.value, 'person') &&
      !isEntraConnector(r, ruleSet),
  );
}

/**
 * AADC035 multiple-writeback-joins: password writeback resets the password of the on-premises account the
 * metaverse person is joined to; a custom rule that joins users next to another (a clone beside its enabled
 * original, clones in several forests) lets one person join several accounts, and writeback then fails with
 * "multiple matches". The wizard's own multi-forest rules are not judged: their join criteria decide.
 */
export const multipleWritebackJoins: RuleCheck = {
  meta: {
    id: 'AADC035',
    name: 'multiple-writeback-joins',
    severity: 'warning',
    category: 'fast',
    fixable: false,
    summary: 'More than one enabled inbound rule can join the same user while password writeback is on: a reset fails with "multiple matches".',
    docs: {
      why:
        'Password writeback finds the on-premises account through the metaverse person\'s join to a connector-space user (DOMAIN §6, §9.1). When a custom rule with join groups sits next to another enabled rule that joins users (the original it was cloned from, or clones of it in other forests), one person can be joined to more than one account and the reset fails with "multiple matches" in the writeback troubleshooting log. Only rules on on-premises connectors count: the Entra connector\'s own join rule is the cloud side of the same person. On a server export the finding is a warning when MV.xml says password writeback is on and is not reported when it says off; in scripts, which do not say, it is information.',
      fix: 'Keep one enabled rule that joins a given user: disable the original when you clone it, and give clones in other forests join criteria that cannot match the same person.',
      wrong: "'In from AD - User Join' (enabled)\n'In from AD - User Join - Cloned - 2024-05-02' (enabled, same join groups)",
      right: "'In from AD - User Join' (-Disabled)\n'In from AD - User Join - Cloned - 2024-05-02' (enabled)",
    },
  },
  perConfig: ({ ruleSet }) => {
    const writeback = passwordWriteback(ruleSet);
    if (writeback === 'off') return [];
    const joiners = userJoinRules(ruleSet);
    if (joiners.length < 2 || joiners.every(isStandardRule)) return [];
    return joiners
      .filter((r) => !isStandardRule(r))
      .map((rule): RuleFinding => {
        const { few: others, count } = fewOthers(joiners, rule);
        const when = writeback === 'on' ? 'Password writeback is on here' : 'If password writeback is on for this server';
        return {
          file: rule.file,
          range: rule.name.range ?? rule.selectionRange,
          severity: writeback === 'on' ? 'warning' : 'information',
          message: `This rule and ${nameOthers(others, ruleLabel, count)} can each join a user into the same person. ${when}: a reset for a person joined to more than one account fails with "multiple matches".`,
          related: linkOthers(others, (o) => ({ file: o.file, range: o.selectionRange, message: `${ruleLabel(o)} also joins users` })),
        };
      });
  },
};
