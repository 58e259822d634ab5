import type { Range } from 'vscode-languageserver-types';
import type { InputReading, RuleSet } from '../model/rule-set';
import type { SyncRule } from '../model/sync-rule';
import type { ParsedScript } from '../syntax/parse-script';
import type { CheckMeta, FixData, SeverityName } from './check';

/** A finding of a rule-level check, already placed in its file (model values carry their ranges). */
export interface RuleFinding {
  file: string;
  range: Range;
  message: string;
  severity?: SeverityName;
  fix?: FixData;
  /** Other places that explain the finding (the rule a precedence collides with). */
  related?: { file: string; range: Range; message: string }[];
}

/** What a check may look at besides the rule itself. */
export interface ConfigContext {
  /** The configuration the rules belong to: a file's rules, a server export, one side of a Documenter report. */
  ruleSet: RuleSet;
  reading: InputReading;
  /** The PowerShell text and tree, for checks about the script itself; absent for XML and HTML inputs. */
  script?: ParsedScript;
  /** The text of a file, when the check needs to look at characters the model does not keep. */
  textOf(file: string): string | undefined;
}

export interface RuleContext extends ConfigContext {
  rule: SyncRule;
}

export interface WorkspaceContext {
  readings: InputReading[];
  textOf(file: string): string | undefined;
}

/**
 * A check over the model. Exactly one of the three entry points is given: per rule, per configuration
 * (several rules of one file or server), or across every input (a workspace check).
 */
export interface RuleCheck {
  meta: CheckMeta;
  perRule?(ctx: RuleContext): RuleFinding[];
  perConfig?(ctx: ConfigContext): RuleFinding[];
  workspace?(ctx: WorkspaceContext): RuleFinding[];
}
