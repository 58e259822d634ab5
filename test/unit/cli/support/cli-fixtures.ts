import { fixturePath } from '../../../support/corpus';

/** Files written for these tests, in the Rules Editor's export layout. */
export const cliFixture = {
  /** The folder of all of them (walked recursively by folder tests). */
  folder: fixturePath('cli'),
  /** One custom rule with a flow, a scope group and a join group; nothing to report. */
  clean: fixturePath('cli', 'clean.ps1'),
  /** `-ValueMergeType 'Update` never closes its quote (line 23, column 17 in 1-based terms). */
  brokenString: fixturePath('cli', 'broken-string.ps1'),
  /** A rule with a flow but no Add-ADSyncRule: an AADC024 warning, nothing else. */
  neverAdded: fixturePath('cli', 'never-added.ps1'),
  /** Two clean exports, one rule each, plus a file the folder walk must pass over. */
  twoExports: fixturePath('cli', 'two-exports'),
  /** A text file: not a sync-rule input when named explicitly. */
  notes: fixturePath('cli', 'notes.txt'),
};

/** Where broken-string.ps1's unterminated string starts, 0-based (the opening quote of 'Update). */
export const BROKEN_STRING_START = { line: 22, character: 16 };
