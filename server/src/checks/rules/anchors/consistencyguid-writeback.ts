import { isStandardRule, type SyncRule } from '../../../model/sync-rule';
import type { ConfigContext, RuleCheck, RuleFinding } from '../../rule-check';
import { CONSISTENCY_GUID, isAttribute } from './attributes';
import { isEntraConnector } from './connectors';
import { disableToggles } from './documenter-toggles';
import { removeSwitchLine } from './switch-line-edits';

/** The out-of-box rule that writes the anchor back to ms-DS-ConsistencyGuid when it is empty (DOC-DESIGN, DOC-VH 1.1.553). */
const IMMUTABLE_ID_RULE = 'Out to AD - User ImmutableId';

/**
 * AADC008 consistencyguid-writeback: ms-DS-ConsistencyGuid is the anchor's on-premises copy once the
 * installation uses it as sourceAnchor; only the out-of-box "Out to AD - User ImmutableId" rule may write it.
 * A custom outbound rule that writes it, or that rule disabled, breaks the anchor for the objects concerned.
 */
export const consistencyGuidWriteback: RuleCheck = {
  meta: {
    id: 'AADC008',
    name: 'consistencyguid-writeback',
    severity: 'error',
    category: 'fast',
    fixable: true,
    summary: 'ms-DS-ConsistencyGuid written by a custom outbound rule, or the out-of-box "Out to AD - User ImmutableId" rule disabled.',
    docs: {
      why:
        'When ms-DS-ConsistencyGuid is the source anchor, the sync engine copies the anchor into it on the first export and reads the anchor from it ever after (DOC-DESIGN); the out-of-box rule "Out to AD - User ImmutableId" does the copy, and the version history (DOC-VH 1.1.553, 1.1.561) describes how it only fills an empty value. A custom outbound rule that writes or clears the attribute replaces the anchor an object will have the next time it is read (after a forest move, a rebuild or a staging server) and the object then matches nothing, or the wrong identity, in Entra ID. Disabling the ImmutableId rule leaves new objects without the value, so they lose their anchor the same way.',
      fix: 'Remove the mapping to ms-DS-ConsistencyGuid (write another attribute if the value is needed on-premises), and keep "Out to AD - User ImmutableId" enabled. The quick fix removes `-Disabled` from an exported ImmutableId rule.',
      wrong: "Add-ADSyncAttributeFlowMapping  `\n-SynchronizationRule $syncRule[0] `\n-Destination 'mS-DS-ConsistencyGuid' `\n-FlowType 'Expression' `\n-ValueMergeType 'Update' `\n-Expression 'AuthoritativeNull' `\n-OutVariable syncRule",
      right: "Add-ADSyncAttributeFlowMapping  `\n-SynchronizationRule $syncRule[0] `\n-Destination 'msDS-ExternalDirectoryObjectId' `\n-FlowType 'Expression' `\n-ValueMergeType 'Update' `\n-Expression 'AuthoritativeNull' `\n-OutVariable syncRule",
    },
  },
  perConfig: (ctx) => [...ctx.ruleSet.rules.flatMap((rule) => [...customWrites(rule, ctx), ...immutableIdDisabled(rule, ctx)]), ...documenterToggles(ctx)],
};

function customWrites(rule: SyncRule, { ruleSet }: ConfigContext): RuleFinding[] {
  // ms-DS-ConsistencyGuid exists only in AD's schema: any outbound rule that is not the Entra connector's targets AD.
  if (isStandardRule(rule) || rule.direction.value?.toLowerCase() !== 'outbound' || isEntraConnector(rule, ruleSet)) return [];
  const dormant = rule.disabled.value ? ' The rule is disabled now; enabling it does this.' : '';
  return rule.flows
    .filter((f) => isAttribute(f.destination.value, CONSISTENCY_GUID))
    .map((f) => ({
      file: rule.file,
      range: f.destination.range ?? f.range,
      message: `This custom outbound rule writes ${f.destination.value} in AD, the on-premises copy of the source anchor: objects read back later (another server, a forest move) get a different anchor, or none. Only the out-of-box "${IMMUTABLE_ID_RULE}" rule should write it.${dormant}`,
    }));
}

function immutableIdDisabled(rule: SyncRule, { textOf }: ConfigContext): RuleFinding[] {
  if (!isStandardRule(rule) || !rule.disabled.value || rule.name.value?.trim().toLowerCase() !== IMMUTABLE_ID_RULE.toLowerCase()) return [];
  const finding: RuleFinding = {
    file: rule.file,
    range: rule.disabled.range ?? rule.selectionRange,
    message: `"${IMMUTABLE_ID_RULE}" is disabled: new objects no longer get ms-DS-ConsistencyGuid written back, so their anchor is lost when they are read again (another server, a forest move).`,
  };
  const text = rule.disabled.range ? textOf(rule.file) : undefined;
  const fix = text !== undefined && rule.disabled.range ? removeSwitchLine(text, rule.disabled.range, `Enable "${IMMUTABLE_ID_RULE}" (remove -Disabled)`) : undefined;
  if (fix) finding.fix = fix;
  return [finding];
}

function documenterToggles({ script, reading }: ConfigContext): RuleFinding[] {
  if (!script) return [];
  return disableToggles(script)
    .filter((t) => t.ruleName.trim().toLowerCase() === IMMUTABLE_ID_RULE.toLowerCase())
    .map((t) => ({
      file: reading.source,
      range: script.scan.lines.rangeOf(t.start, t.end),
      message: `This script disables "${IMMUTABLE_ID_RULE}" on the server it runs on: new objects no longer get ms-DS-ConsistencyGuid written back, so their anchor is lost when they are read again.`,
    }));
}
