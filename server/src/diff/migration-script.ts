import type { SyncRule } from '../model/sync-rule';
import type { ReportOptions } from './report-options';
import { ConnectorVariables } from './script-connectors';
import { planRule, type RulePlan } from './script-plan';
import { commentText, joinBlocks, quote } from './script-powershell';
import { createRuleCommands } from './script-rule';
import { settingLabel } from './report-values';
import type { DiffResult } from './types';

/**
 * The PowerShell that makes STAGING match PRIMARY (DOMAIN §3.3, §12.5): custom rules that differ or
 * are missing are removed by name and connector and re-created from primary in the Rules Editor's
 * layout; custom rules only on staging are removed; out-of-box rules only ever get Disabled set, and
 * every other difference of theirs becomes a warning. Connectors are found by name when the script runs.
 * Nothing changes before every connector resolves, and all removals run before any re-creation so that a
 * precedence freed on staging is free when a primary rule takes it.
 */
export function migrationScript(result: DiffResult, options: ReportOptions): string {
  const plans = result.rules.map(planRule);
  const connectors = new ConnectorVariables(result.connectors);
  const removals = plans.flatMap((p) => removal(p, connectors));
  const creations = plans.filter((p) => p.create).map((p) => `${banner(p, 'from primary')}\n${createRuleCommands(p.create!, connectors.ofPrimary(p.create!)).join('\n\n\n')}`);
  const toggles = plans.filter((p) => p.toggle).map((p) => toggle(p, connectors.ofStaging(p.toggle!.rule)));
  const warnings = plans.flatMap((p) => p.warnings.map((w) => `Write-Warning ${quote(w)}`));
  const changes = removals.length + creations.length + toggles.length;

  const blocks = [header(result, plans, options, changes > 0), "$ErrorActionPreference = 'Stop'"];
  if (result.problems.length) blocks.push(problems(result.problems));
  blocks.push(...settingWarnings(result));
  if (changes === 0) {
    blocks.push(...warnings, `Write-Host ${quote('The sync rules of staging already match primary: nothing to change.')}`);
    return joinBlocks(blocks);
  }
  blocks.push(...connectors.blocks());
  blocks.push('# The scheduler stays off while rules change, so no sync cycle runs with half of them.\nSet-ADSyncScheduler -SyncCycleEnabled $false');
  blocks.push(...removals, ...creations, ...toggles, ...warnings);
  blocks.push(
    '# Back on: the next cycle runs with the new rules. Changed rules need a full synchronization to apply to objects already synchronized.\nSet-ADSyncScheduler -SyncCycleEnabled $true',
    `Write-Host ${quote(`${warnings.length ? 'Done, except the differences warned about above.' : 'The sync rules now match primary.'} Run a full synchronization (Start-ADSyncSyncCycle -PolicyType Initial) and check the pending exports before this server becomes active.`)}`,
  );
  return joinBlocks(blocks);
}

/** Removal by name and connector: a rule created in the editor on staging has its own Identifier. */
function removal(plan: RulePlan, connectors: ConnectorVariables): string[] {
  const { remove, create } = plan;
  if (remove) {
    const why = create ? 'differs from primary; removed here, re-created below' : 'only on staging; removed';
    return [`${banner(plan, why)}\n${removeCommand(filter(remove, plan, connectors.ofStaging(remove)))}`];
  }
  if (create) {
    // Missing on staging when compared; cleared anyway, in case one was added since (or the script runs twice).
    const why = 'only on primary; any rule of that name is cleared first, then it is created below';
    return [`${banner(plan, why)}\n${removeCommand(filter(create, plan, connectors.ofPrimary(create)))}`];
  }
  return [];
}

/**
 * The tag clause is a guard for rules the inputs did not show: an out-of-box rule is never removed, even
 * one that shares a custom rule's name. For a custom rule the tag is empty, and `$null -notlike …` holds.
 */
function removeCommand(filter: string): string {
  return `Get-ADSyncRule | Where-Object { ${filter} -and $_.ImmutableTag.TagValue -notlike 'Microsoft.*' } | Remove-ADSyncRule`;
}

/**
 * Selects a rule the way the diff paired it: name (`-eq` ignores case, as the pairing does), connector, and
 * direction, so an inbound and an outbound rule of one name on one connector are never confused.
 */
function filter(rule: SyncRule, plan: RulePlan, connector: string): string {
  const direction = rule.direction.value ? ` -and $_.Direction -eq ${quote(rule.direction.value)}` : '';
  return `$_.Name -eq ${quote(rule.name.value ?? plan.diff.name)} -and $_.Connector -eq ${connector}${direction}`;
}

/** The one supported change to an out-of-box rule: read it from the server, set Disabled, add it back. */
function toggle(plan: RulePlan, connector: string): string {
  const { rule, disabled } = plan.toggle!;
  const name = rule.name.value ?? plan.diff.name;
  return [
    banner(plan, `out-of-box rule; Disabled set to ${disabled}`),
    `$standardRule = Get-ADSyncRule | Where-Object { ${filter(rule, plan, connector)} }`,
    `if (@($standardRule).Count -ne 1) { throw ${quote(`Expected exactly one rule named '${name}' on connector '${plan.diff.connector}' on this server.`)} }`,
    `$standardRule.Disabled = ${disabled ? '$true' : '$false'}`,
    '$standardRule | Add-ADSyncRule',
  ].join('\n');
}

function banner(plan: RulePlan, why: string): string {
  return `#### '${commentText(plan.diff.connector)}' - '${commentText(plan.diff.name)}': ${why}.`;
}

function problems(list: string[]): string {
  return [
    '# The comparison could not decide or read everything, so some rules below may look "only on one side" when they are not:',
    ...list.map((p) => `#   ${commentText(p)}`),
    `throw ${quote('The comparison could not decide everything (see the comment above; for connectors, give --map <primary GUID>=<staging GUID>): resolve it and generate the script again.')}`,
  ].join('\n');
}

/** A sourceAnchor or UPN mismatch is not a rule difference and no script fixes it; it is said first. */
function settingWarnings(result: DiffResult): string[] {
  return result.settings
    .filter((s) => s.critical)
    .map((s) => `Write-Warning ${quote(`CRITICAL: the ${settingLabel(s.name)} differs (primary: ${s.primary ?? 'not set'}, staging: ${s.staging ?? 'not set'}). The servers would not produce the same identities; this script does not change it.`)}`);
}

function header(result: DiffResult, plans: RulePlan[], options: ReportOptions, changes: boolean): string {
  const count = (f: (p: RulePlan) => boolean) => plans.filter(f).length;
  const changed = count((p) => !!p.create && p.diff.status === 'changed');
  const missing = count((p) => !!p.create && p.diff.status === 'onlyInPrimary');
  const lines = [
    '#'.repeat(100),
    '# Makes the sync rules of STAGING match PRIMARY.',
    `#   primary (the desired state): ${commentText(options.primaryLabel)}`,
    `#   staging (changed by this script): ${commentText(options.stagingLabel)}`,
    '# Generated by adsync-rules (adsync-rules diff --script). REVIEW BEFORE RUNNING, on the staging server,',
    '# in an elevated PowerShell with the ADSync module.',
    '#',
    '# What it does:',
    `#   removes ${count((p) => !!p.remove && !p.create)} custom rule(s) that exist only on staging;`,
    `#   re-creates ${changed + missing} custom rule(s) from primary (${changed} changed, ${missing} missing), with the primary's Identifier, precedence and every property;`,
    `#   sets Disabled on ${count((p) => !!p.toggle)} out-of-box rule(s), the one supported change to them;`,
    `#   warns about ${count((p) => p.warnings.length > 0)} difference(s) it does not make: out-of-box rules are never created, edited or deleted.`,
    `#   Leaves alone ${result.summary.same} rule(s) that are the same and ${result.summary.drift} out-of-box rule(s) renumbered by the wizard.`,
  ];
  if (changes) {
    lines.push(
      '# The sync scheduler is turned off first (Set-ADSyncScheduler -SyncCycleEnabled $false) and on again at the end;',
      '# if the script stops on an error, it stays off: fix the cause, run the script again, or turn it on by hand.',
      '# Afterwards run a full synchronization and check the pending exports before this server becomes active.',
    );
  }
  if (result.settings.length) {
    lines.push('#', '# Settings that differ (not changed by this script):');
    for (const s of result.settings) lines.push(`#   ${s.critical ? 'CRITICAL ' : ''}${commentText(settingLabel(s.name))}: primary ${commentText(s.primary ?? 'not set')}, staging ${commentText(s.staging ?? 'not set')}`);
  }
  lines.push('#'.repeat(100));
  return lines.join('\n');
}

