import type { InputFormat } from '../../../model/rule-set';
import { isStandardRule, type SyncRule } from '../../../model/sync-rule';
import type { ConfigContext, RuleCheck, RuleFinding } from '../../rule-check';
import { claimedOriginals, cloneClaim } from './clones';
import { insertDisabledLine } from './switch-line-edits';
import { isScriptFormat } from '../script-formats';

/**
 * AADC029 cloned-standard-still-enabled: the Rules Editor disables an out-of-box rule when it makes the
 * editable copy; a clone beside its enabled original means both apply to the same objects. Only rules
 * that say they are clones (the Rules Editor's name or a "Cloned from … rule" description) are judged:
 * a custom rule that merely starts with a standard name is usually an override meant to run beside it.
 */
export const clonedStandardStillEnabled: RuleCheck = {
  meta: {
    id: 'AADC029',
    name: 'cloned-standard-still-enabled',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: 'A clone of an out-of-box rule sits beside its original, which is still enabled.',
    docs: {
      why:
        'Microsoft\'s way to change an out-of-box rule is to clone it and disable the original (DOC-BEST); the Rules Editor does both in one step and names the copy "<name> - Cloned - <time>" with a description "Cloned from rule \'<name>\'" (BIN-SRE). When the original is enabled again, or was never disabled, both rules apply to the same objects: both join and flow, the clone wins only where its precedence is lower, and when an upgrade changes the original (new join groups, new flows) the two silently diverge, up to a join conflict between them.',
      fix: 'Disable the original out-of-box rule (the supported change to it). The quick fix adds `-Disabled` to the original when it is exported in the same script.',
      wrong: "New-ADSyncRule  `\n-Name 'In from AD - User Join - Cloned - 2024-05-02' `\n…\n# and, in the same export, 'In from AD - User Join' without -Disabled",
      right: "New-ADSyncRule  `\n-Name 'In from AD - User Join' `\n…\n-ImmutableTag 'Microsoft.InfromADUserJoin.006' `\n-Disabled  `\n-OutVariable syncRule",
    },
  },
  perConfig: (ctx) => ctx.ruleSet.rules.filter((r) => !isStandardRule(r)).flatMap((r) => findings(r, ctx)),
};

function findings(rule: SyncRule, { ruleSet, reading, textOf }: ConfigContext): RuleFinding[] {
  // A disabled clone beside its enabled original is a change rolled back, not two rules at work.
  const claim = rule.disabled.value ? undefined : cloneClaim(rule);
  if (!claim) return [];
  const enabled = claimedOriginals(rule, claim.original, claim.originalId, ruleSet).filter((o) => !o.disabled.value);
  if (enabled.length === 0) return [];
  const finding: RuleFinding = {
    file: rule.file,
    range: claim.range,
    message: `This rule is a clone of "${claim.original}", which is still enabled here: both apply to the same objects, both join and flow, and the clone overrides only where its precedence wins. Disable the original, as the Rules Editor does when it makes a clone.`,
    related: enabled.map((o) => ({ file: o.file, range: o.selectionRange, message: `"${o.name.value}" is enabled` })),
  };
  const fix = disableFix(enabled, rule, reading.format, textOf);
  if (fix) finding.fix = fix;
  return [finding];
}

/** Scripts only, and only when the original is exported in the clone's own file (fixes edit that document). */
function disableFix(originals: SyncRule[], clone: SyncRule, format: InputFormat, textOf: (file: string) => string | undefined) {
  if (originals.length !== 1 || !isScriptFormat(format)) return undefined;
  const [original] = originals;
  // `-Disabled:$false` is already written: a second -Disabled would be a duplicate parameter.
  if (original.file !== clone.file || original.disabled.range) return undefined;
  const text = textOf(original.file);
  return text === undefined ? undefined : insertDisabledLine(text, original.selectionRange, `Disable "${original.name.value}"`);
}
