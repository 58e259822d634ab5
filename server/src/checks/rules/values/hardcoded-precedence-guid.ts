import type { RuleCheck, RuleFinding } from '../../rule-check';
import { isScript } from './connector-guids';
import { UNSET_GUID } from '../../../model/well-known';

/**
 * AADC023 hardcoded-precedence-guid: PrecedenceBefore/PrecedenceAfter place a rule relative to
 * another rule by its Identifier. Out-of-box rules get their Identifier when the wizard creates
 * them, so the GUID copied from one server's export names nothing on another (BIN-OM: "…specifies a
 * parent sync rule {0} that does not exist"). A GUID of a rule the same script creates travels with it.
 */
export const hardcodedPrecedenceGuid: RuleCheck = {
  meta: {
    id: 'AADC023',
    name: 'hardcoded-precedence-guid',
    severity: 'warning',
    category: 'fast',
    fixable: false,
    summary: 'PrecedenceBefore/PrecedenceAfter names a rule by the Identifier it has on one server.',
    docs: {
      why:
        'PrecedenceBefore and PrecedenceAfter take the Identifier of another rule ("Make a change to the default configuration", DOC-CHANGE, uses the Identifier of "In from AD - User Join" to go beyond 99 custom rules). ' +
        'Identifiers are made on each server, so a script that carries one only runs where that rule exists; elsewhere the engine refuses the rule because its parent rule does not exist (BIN-OM). ' +
        'Moving rules between servers is what exports are for ("Upgrade from a previous version", DOC-UPGRADE).',
      fix: "Resolve the Identifier on the server that runs the script, e.g. (Get-ADSyncRule | Where-Object Name -eq 'In from AD - User Join').Identifier, or create the rule with a precedence of its own.",
      wrong: "-PrecedenceBefore '3f1e2d4c-5b6a-4978-8695-a4b3c2d1e0f9' `",
      right: "-PrecedenceBefore (Get-ADSyncRule | Where-Object Name -eq 'In from AD - User Join').Identifier `",
    },
  },
  perConfig: ({ ruleSet, reading }) => {
    if (!isScript(reading)) return [];
    const created = new Set(ruleSet.rules.map((r) => r.identifier.value).filter((id): id is string => id !== null));
    const out: RuleFinding[] = [];
    for (const rule of ruleSet.rules) {
      for (const [name, value] of [['PrecedenceBefore', rule.precedenceBefore], ['PrecedenceAfter', rule.precedenceAfter]] as const) {
        if (!value.value || value.value === UNSET_GUID || !value.range || created.has(value.value)) continue;
        out.push({
          file: rule.file,
          range: value.range,
          message: `${name} names rule ${value.value}, which this script does not create; rule Identifiers differ between servers, so the rule can only be added where that rule exists.`,
        });
      }
    }
    return out;
  },
};
