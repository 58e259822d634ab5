import type { RuleCheck, RuleContext, RuleFinding } from '../../rule-check';
import type { FixData } from '../../check';
import { isStandardTag, outOfBox } from '../../../catalog/out-of-box';

/**
 * AADC003 custom-rule-has-immutable-tag: a rule of someone's own that carries an ImmutableTag. Any
 * non-Microsoft tag qualifies; so does a `Microsoft.*` tag that names no shipped rule (not in the
 * catalogue, and not derived from the rule's name as the installer derives tags). A `Microsoft.*` tag
 * of a shipped rule makes it a standard rule: AADC001 judges those.
 */
export const customRuleHasImmutableTag: RuleCheck = {
  meta: {
    id: 'AADC003',
    name: 'custom-rule-has-immutable-tag',
    severity: 'error',
    category: 'fast',
    fixable: true,
    summary: 'A custom rule carries an ImmutableTag; only out-of-box rules may have one.',
    docs: {
      why:
        'The tag is how Entra Connect tells its own rules from yours. Microsoft\'s guidance is to leave it empty and never set it when copying a ' +
        'rule with PowerShell (DOC-CHANGE); the Rules Editor warns that tags starting with "Microsoft." are reserved (BIN-SRE). A rule with ' +
        'such a tag is classified as a shipped rule (BIN-OM): it shows as a modified default rule, and upgrades and the Config Documenter ' +
        'handle it as one, so your changes can be overwritten or skipped. A tag of any other kind has no documented use on a rule you create.',
      fix: "Clear the tag (-ImmutableTag ''). The quick fix does that in PowerShell scripts.",
      wrong: ["New-ADSyncRule  `", "-Name 'In from AD - User Department override' `", '…', "-ImmutableTag 'Microsoft.InfromADUserDepartment.001' `", '-OutVariable syncRule'].join('\n'),
      right: ["New-ADSyncRule  `", "-Name 'In from AD - User Department override' `", '…', "-ImmutableTag '' `", '-OutVariable syncRule'].join('\n'),
    },
  },
  perRule(ctx) {
    const { rule } = ctx;
    const tag = rule.immutableTag.value?.trim();
    if (!tag || rule.immutableTag.unresolved !== undefined) return [];
    if (isStandardTag(tag) && outOfBox.looksShipped(tag, rule.name.value)) return [];
    const name = rule.name.value !== null ? `'${rule.name.value}'` : 'This rule';
    const message = isStandardTag(tag)
      ? `${name} carries the reserved tag '${tag}', which no out-of-box rule has: the server treats it as a (modified) standard rule, and upgrades may overwrite it. Custom rules leave -ImmutableTag empty.`
      : `${name} is a custom rule with the ImmutableTag '${tag}'; only out-of-box rules carry a tag. Leave -ImmutableTag empty.`;
    const finding: RuleFinding = { file: rule.file, range: rule.immutableTag.range ?? rule.selectionRange, message };
    const fix = clearTag(ctx);
    if (fix) finding.fix = fix;
    return [finding];
  },
};

/** In a script, the tag is a single-quoted string: emptying its content leaves `-ImmutableTag ''`. */
function clearTag({ rule, script }: RuleContext): FixData | undefined {
  const tag = rule.immutableTag;
  if (!script || !tag.range || tag.quoting !== 'powershell-single') return undefined;
  return { title: 'Clear the ImmutableTag', edits: [{ range: tag.range, newText: '' }] };
}
