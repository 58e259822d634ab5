import type { CheckMeta } from './check';

/**
 * The codes the reading itself reports (no check file runs them: the parser and binder do). They are
 * listed here so that their documentation and SARIF rule entries come from the same place as the checks'.
 */
export const READING_CHECKS: readonly CheckMeta[] = [
  {
    id: 'AADC000',
    name: 'syntax-error',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'The file cannot be read as written: PowerShell syntax, malformed XML, or a page that is not a Documenter report.',
    docs: {
      why: 'PowerShell stops at the first syntax error, so nothing after it reaches the server; a lost quote or backtick in a Rules Editor export silently changes which parameters belong to which command.',
      fix: 'Restore the character the message names. The diagnostic sits where it belongs: a lost closing quote is reported on the line where the string should have ended, a lost backtick on the line that should continue.',
      wrong: "-Name 'In from AD - User Phone `\n-Identifier 'a1b2c3d4-0000-4000-8000-000000000001' `",
      right: "-Name 'In from AD - User Phone' `\n-Identifier 'a1b2c3d4-0000-4000-8000-000000000001' `",
    },
  },
  {
    id: 'AADC024',
    name: 'rule-not-built',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'The commands do not build a rule the way the engine would: a mapping that names no rule, a condition used by a group it was not created for, a rule never added, an unknown or missing parameter.',
    docs: {
      why: 'The Rules Editor export chains every command through -OutVariable syncRule and $syncRule[0]; a broken chain, a $conditionN[0] that was not created for its group, or a New-ADSyncRule without Add-ADSyncRule means the server ends up with another rule than the file shows, or none.',
      fix: 'Keep the export layout: New-ADSyncRule … -OutVariable syncRule, then each mapping and group with -SynchronizationRule $syncRule[0] … -OutVariable syncRule, the conditions of each group created right before it, and Add-ADSyncRule -SynchronizationRule $syncRule[0] at the end.',
      wrong: "New-ADSyncRule  `\n-Name 'In from AD - User Phone' `\n…\n-OutVariable syncRule\n# no Add-ADSyncRule follows",
      right: "New-ADSyncRule  `\n-Name 'In from AD - User Phone' `\n…\n-OutVariable syncRule\n\n\nAdd-ADSyncRule  `\n-SynchronizationRule $syncRule[0]",
    },
  },
];
