import type { SyncRule } from '../model/sync-rule';
import type { RuleDiff } from './types';

/**
 * What the migration script does about one difference. The same plan words the reports' "action"
 * notes, so a reader of the report knows what running the script will and will not change.
 */
export interface RulePlan {
  diff: RuleDiff;
  /** The staging rule the script removes (by name and connector), before anything is re-created. */
  remove?: SyncRule;
  /** The primary rule the script re-creates with its Identifier, precedence and every property. */
  create?: SyncRule;
  /** The staging rule whose Disabled the script sets to `disabled` (an out-of-box rule). */
  toggle?: { rule: SyncRule; disabled: boolean };
  /** Differences the script cannot make: each becomes a Write-Warning line. */
  warnings: string[];
  /** One sentence for the report. */
  action: string;
}

/** Properties New-ADSyncRule cannot do without; a primary rule missing one cannot be re-created. */
const MANDATORY: [keyof SyncRule, string][] = [
  ['name', 'Name'],
  ['direction', 'Direction'],
  ['sourceObjectType', 'SourceObjectType'],
  ['targetObjectType', 'TargetObjectType'],
  ['linkType', 'LinkType'],
];

export function planRule(diff: RuleDiff): RulePlan {
  const { primary: p, staging: s } = diff;
  const plan: RulePlan = { diff, warnings: [], action: '' };
  const where = `'${diff.name}' on connector '${diff.connector}'`;
  if (diff.status === 'same' || diff.status === 'drift') {
    plan.action = diff.status === 'drift' ? 'Nothing to do: the wizard renumbers out-of-box rules.' : 'Nothing to do.';
    return plan;
  }
  if (diff.standard) return planStandard(diff, plan, where);

  if (diff.status === 'onlyInStaging') {
    plan.remove = s;
    plan.action = 'The script removes it from staging.';
    return plan;
  }
  const missing = p ? MANDATORY.filter(([k]) => (p[k] as { value: unknown }).value === null).map(([, n]) => n) : ['the rule'];
  if (missing.length) {
    plan.warnings.push(`Custom rule ${where} is not re-created: the primary input does not give its ${missing.join(', ')}. Re-create it by hand.`);
    plan.action = `The script cannot re-create it (the primary input does not give its ${missing.join(', ')}); it warns instead.`;
    return plan;
  }
  plan.remove = s;
  plan.create = p;
  plan.action = diff.status === 'changed' ? 'The script removes the staging rule and re-creates it from primary.' : 'The script creates it on staging from primary.';
  return plan;
}

/** Out-of-box rules: only Disabled is ever set; they are never created, edited or deleted. */
function planStandard(diff: RuleDiff, plan: RulePlan, where: string): RulePlan {
  const { primary: p, staging: s } = diff;
  if (diff.status === 'onlyInPrimary') {
    plan.warnings.push(
      `Out-of-box rule ${where} exists only on primary. The script does not create out-of-box rules: the wizard does, from the version and optional features it is given.`,
    );
    plan.action = 'Out-of-box rule: the script does not create it (the wizard does); it warns.';
    return plan;
  }
  if (diff.status === 'onlyInStaging') {
    plan.warnings.push(
      `Out-of-box rule ${where} exists only on staging. The script never deletes an out-of-box rule: compare the versions and optional features of the two servers.`,
    );
    plan.action = 'Out-of-box rule: the script never deletes it; it warns.';
    return plan;
  }
  const disabledDiffers = diff.changes.some((c) => c.field === 'disabled');
  if (disabledDiffers && p && s) plan.toggle = { rule: s, disabled: p.disabled.value };
  if (diff.unsupported) {
    const fields = diff.changes.filter((c) => c.field !== 'disabled' && c.field !== 'precedence' && c.field !== 'immutableTag').map((c) => c.field);
    plan.warnings.push(
      `Out-of-box rule ${where} differs in ${(fields.length ? fields : diff.changes.map((c) => c.field)).join(', ')}: editing an out-of-box rule is unsupported and the script does not do it. The only supported change is Disabled; clone the rule to change anything else.`,
    );
  }
  plan.action = plan.toggle
    ? `The script sets Disabled to ${plan.toggle.disabled} (the one supported change to an out-of-box rule)${diff.unsupported ? ' and warns about the rest, an unsupported edit' : ''}.`
    : 'Unsupported edit of an out-of-box rule: the script only warns.';
  return plan;
}
