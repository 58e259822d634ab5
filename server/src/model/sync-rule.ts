import type { Range } from 'vscode-languageserver-types';
import type { Located } from './located';

/** How a Config Documenter report marks a row: the DataRowState names it writes as CSS classes. */
export type ChangeMark = 'Added' | 'Modified' | 'Deleted' | 'Unchanged';

export interface AttributeFlow {
  /** Source attributes; for a Constant flow, the constant (the engine carries it in Source). */
  sources: Located<string[]>;
  destination: Located<string | null>;
  flowType: Located<string | null>;
  valueMergeType: Located<string | null>;
  expression: Located<string | null>;
  executeOnce: Located<boolean>;
  range: Range;
  mark?: ChangeMark;
}

export interface ScopeCondition {
  attribute: Located<string | null>;
  operator: Located<string | null>;
  value: Located<string | null>;
  range: Range;
}

export interface JoinCondition {
  csAttribute: Located<string | null>;
  mvAttribute: Located<string | null>;
  caseSensitive: Located<boolean>;
  range: Range;
}

export interface ScopeGroup {
  conditions: ScopeCondition[];
  range: Range;
}

export interface JoinGroup {
  conditions: JoinCondition[];
  range: Range;
}

/** The connector a rule belongs to: its GUID (per server) and, where the input says it, its display name. */
export interface ConnectorRef {
  id: Located<string | null>;
  name: Located<string | null>;
}

export interface SyncRule {
  /** The file the rule was read from (a server-config rule lives in its own XML file). */
  file: string;
  /** The whole rule: from New-ADSyncRule to Add-ADSyncRule, the XML element, or the report section. */
  range: Range;
  /** Where the rule's name is written, for outlines and pointers. */
  selectionRange: Range;

  name: Located<string | null>;
  /** Lower-case GUID without braces. */
  identifier: Located<string | null>;
  description: Located<string | null>;
  direction: Located<string | null>;
  precedence: Located<number | null>;
  precedenceAfter: Located<string | null>;
  precedenceBefore: Located<string | null>;
  connector: ConnectorRef;
  sourceObjectType: Located<string | null>;
  targetObjectType: Located<string | null>;
  linkType: Located<string | null>;
  immutableTag: Located<string | null>;
  disabled: Located<boolean>;
  enablePasswordSync: Located<boolean>;
  /** TimeSpan text, e.g. `00:00:00` (ticks in a Rules Editor export are converted). */
  softDeleteExpiryInterval: Located<string | null>;

  flows: AttributeFlow[];
  scopeGroups: ScopeGroup[];
  joinGroups: JoinGroup[];

  /** PowerShell inputs: false when no Add-ADSyncRule commits the rule. Always true for other formats. */
  committed: boolean;
  /** Config Documenter report: how the report marks the rule. */
  mark?: ChangeMark;
}

/** Standard (out-of-box) rules are exactly those whose tag starts with `Microsoft.` (case-insensitive). */
export function isStandardRule(rule: SyncRule): boolean {
  return /^microsoft\./i.test(rule.immutableTag.value ?? '');
}
