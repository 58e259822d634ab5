import type { RuleCheck } from '../../rule-check';
import { isOneOf, rangeOf } from './rule-facts';

/**
 * AADC026 softdelete-expiry-invalid: a non-zero SoftDeleteExpiryInterval is allowed only on Outbound rules with
 * LinkType Provision or StickyJoin. The interval is TimeSpan text here (ticks from an export are converted),
 * so "zero" is any spelling without a non-zero digit: `0`, `00:00:00`, `0.00:00:00.0000000`.
 */
export const softDeleteExpiryInvalid: RuleCheck = {
  meta: {
    id: 'AADC026',
    name: 'softdelete-expiry-invalid',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'A soft-delete expiry interval on an Inbound rule or on a rule that neither provisions nor sticky-joins.',
    docs: {
      why:
        'The engine refuses the rule (BIN-OM: "Expiry Interval is only allowed on Outbound Sync Rules with a LinkType of Provision or StickyJoin"): ' +
        'only a rule that creates or holds objects in the target directory has deletions to delay.',
      fix: 'Set -SoftDeleteExpiryInterval 0 on this rule; put the interval on the outbound Provision or StickyJoin rule that creates the objects.',
      wrong: "-Direction 'Inbound' `\n…\n-LinkType 'Join' `\n-SoftDeleteExpiryInterval 864000000000 `",
      right: "-Direction 'Inbound' `\n…\n-LinkType 'Join' `\n-SoftDeleteExpiryInterval 0 `",
    },
  },
  perRule: ({ rule }) => {
    const interval = rule.softDeleteExpiryInterval.value;
    if (interval === null || !/[1-9]/.test(interval)) return [];
    const inbound = isOneOf(rule.direction, 'Inbound');
    const provisions = isOneOf(rule.linkType, 'Provision', 'StickyJoin');
    let why: string;
    if (inbound === true) why = 'an Inbound rule';
    else if (provisions === false) why = `a rule with LinkType ${rule.linkType.value}`;
    else return [];
    return [
      {
        file: rule.file,
        range: rangeOf(rule.softDeleteExpiryInterval, rule),
        message: `SoftDeleteExpiryInterval ${interval} on ${why}; the engine allows an expiry interval only on Outbound rules with LinkType Provision or StickyJoin.`,
      },
    ];
  },
};
