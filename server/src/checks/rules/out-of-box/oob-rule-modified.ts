import type { RuleFinding, RuleCheck, ConfigContext } from '../../rule-check';
import type { SyncRule } from '../../../model/sync-rule';
import { isStandardRule } from '../../../model/sync-rule';
import { connectorKind, outOfBox, settingsOf, type VersionEntry } from '../../../catalog/out-of-box';
import { cloneAndDisable } from './clone-and-disable';
import { firstLine } from './first-line';
import { ruleDifferences, type Difference } from './rule-differences';

/**
 * AADC001 oob-rule-modified: a standard (`Microsoft.*`) rule whose content is not what Microsoft ships
 * for its tag and version, compared through the catalogue's fingerprints. Each place that differs is
 * one finding, pointed at that flow, group or property. Disabled rules are left alone: they take no
 * part in sync, and an upgrade puts the shipped content back (the clone-and-disable fix leaves exactly
 * that). Versions the catalogue has not seen are named once per configuration and not judged.
 */
export const oobRuleModified: RuleCheck = {
  meta: {
    id: 'AADC001',
    name: 'oob-rule-modified',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: 'An out-of-box (Microsoft.*) rule differs from the rule Microsoft ships for its tag and version; only Disabled may be changed.',
    docs: {
      why:
        'Microsoft documents that the rules it ships must not be edited in place (DOC-BEST, DOC-FIX): each carries a thumbprint, an edited one is ' +
        'flagged as modified in the Synchronization Rules Editor (BIN-SRE), and an upgrade resets it to the shipped definition, silently undoing ' +
        'the change (DOC-UPGRADE). Microsoft support also treats edited default rules as unsupported. The only change the product expects on an ' +
        'out-of-box rule is turning it off. Precedence, Identifier and the connector GUID differ between servers and are not compared.',
      fix:
        'Put the rule back as shipped, and make the change in a rule of your own: usually a new inbound Join rule with precedence 0–99 and no join ' +
        'conditions that flows just the attributes you want to change (DOC-FIX). When the change really needs the whole rule (a different join), ' +
        'disable the original and edit a clone: the quick fix appends the clone in the Rules Editor layout (empty tag, new Identifier, free ' +
        'precedence below 100, "Cloned from rule" description) and adds -Disabled to the original.',
      wrong: [
        "New-ADSyncRule  `",
        "-Name 'In from AD - User Common' `",
        '…',
        "-ImmutableTag 'Microsoft.InfromADUserCommon.004' `",
        '-OutVariable syncRule',
        '',
        'Add-ADSyncAttributeFlowMapping  `',
        '-SynchronizationRule $syncRule[0] `',
        "-Destination 'department' `",
        "-FlowType 'Expression' `",
        '-Expression \'IIF(IsNullOrEmpty([department]),"Unassigned",Trim([department]))\' `',
        '-OutVariable syncRule',
      ].join('\n'),
      right: [
        "New-ADSyncRule  `",
        "-Name 'In from AD - User Department default' `",
        '…',
        "-Direction 'Inbound' `",
        '-Precedence 50 `',
        "-LinkType 'Join' `",
        "-ImmutableTag '' `",
        '-OutVariable syncRule',
        '',
        'Add-ADSyncAttributeFlowMapping  `',
        '-SynchronizationRule $syncRule[0] `',
        "-Destination 'department' `",
        "-FlowType 'Expression' `",
        '-Expression \'IIF(IsNullOrEmpty([department]),"Unassigned",Trim([department]))\' `',
        '-OutVariable syncRule',
      ].join('\n'),
    },
  },
  perConfig(ctx) {
    const out: RuleFinding[] = [];
    const notInCatalogue: SyncRule[] = [];
    const settings = settingsOf(ctx.ruleSet);
    for (const rule of ctx.ruleSet.rules) {
      if (!isStandardRule(rule) || rule.immutableTag.unresolved !== undefined) continue;
      const found = outOfBox.tag(rule.immutableTag.value);
      if (found.kind !== 'known') {
        if (outOfBox.looksShipped(rule.immutableTag.value, rule.name.value)) notInCatalogue.push(rule);
        continue;
      }
      if (rule.disabled.value) continue;
      const text = ctx.textOf(rule.file);
      const differences = ruleDifferences({
        rule,
        entry: found.entry,
        kind: connectorKind(rule, ctx.ruleSet),
        settings,
        script: ctx.script !== undefined,
        head: (r) => firstLine(r, text),
      });
      if (differences.length === 0) continue;
      const fix = fixFor(rule, ctx);
      for (const d of differences) {
        const finding: RuleFinding = { file: rule.file, range: d.range, message: message(rule, found.entry, d) };
        if (d.certainty === 'unknown') finding.severity = 'information';
        if (fix) finding.fix = fix;
        out.push(finding);
      }
    }
    if (notInCatalogue.length) out.push(notComparedNote(notInCatalogue));
    return out;
  },
};

function message(rule: SyncRule, entry: VersionEntry, d: Difference): string {
  const which = `Out-of-box rule '${rule.name.value ?? entry.name}' (${entry.tag})`;
  if (d.certainty === 'unknown') {
    return `${which} differs from the shipped rule here: ${d.what}. The installer writes this part from a wizard choice (sourceAnchor attribute, ` +
      'UPN attribute or how users are matched) that this input does not record; if the server chose differently from the catalogue\'s source, this is expected.';
  }
  return `${which} was edited: ${d.what}. An upgrade puts the shipped rule back; disable it and change a clone, or override in a custom rule.`;
}

/** Said once per configuration: these rules are not compared, and nothing is guessed about them. */
function notComparedNote(rules: SyncRule[]): RuleFinding {
  const first = rules[0];
  const tags = [...new Set(rules.map((r) => r.immutableTag.value!))];
  const shown = tags.slice(0, 5).join(', ') + (tags.length > 5 ? `, and ${tags.length - 5} more` : '');
  const count = rules.length === 1 ? 'One out-of-box rule has a tag version' : `${rules.length} out-of-box rules have tag versions`;
  return {
    file: first.file,
    range: first.immutableTag.range ?? first.selectionRange,
    severity: 'information',
    message: `${count} the catalogue of shipped rules does not know (${shown}): ${rules.length === 1 ? 'it is' : 'they are'} not checked for edits.`,
  };
}

/** Only Rules Editor exports: the clone is written in their layout, from their literal values. */
function fixFor(rule: SyncRule, ctx: ConfigContext) {
  if (ctx.reading.format !== 'sre-export' || !ctx.script) return undefined;
  return cloneAndDisable({ rule, text: ctx.script.text, script: ctx.script, rules: ctx.ruleSet.rules });
}
