// The primary/staging comparison as client and server exchange it. Declared once, used by both sides:
// plain data only (no model objects), so the client never needs the server's code to show a result.
import type { Range } from 'vscode-languageserver-types';

/** `adsyncRules/compare`: read both sides from disk, compare them, keep the result for CodeLens. */
export const CompareRequest = { method: 'adsyncRules/compare' } as const;

export interface CompareParams {
  /** Files and folders of the primary (active) server: exports, a server-config folder, or a Documenter report. */
  primary: string[];
  /** The same for the staging server. Empty when `primary` is one Documenter report: its production side is used. */
  staging: string[];
  /** Primary connector GUID → staging connector GUID, for AD connectors the rules cannot pair. */
  map?: Record<string, string>;
}

export type CompareStatus = 'same' | 'changed' | 'drift' | 'onlyInPrimary' | 'onlyInStaging';
export type CompareSideName = 'primary' | 'staging';

export interface CompareView {
  /** Which comparison this is; lens and tree commands name it so a stale click is noticed. */
  comparison: number;
  primary: CompareSideView;
  staging: CompareSideView;
  summary: Record<CompareStatus, number>;
  rules: RuleView[];
  settings: SettingView[];
  connectors: ConnectorPairView[];
  /** What the comparison could not decide or read (an ambiguous connector, files with syntax errors). */
  problems: string[];
}

export interface CompareSideView {
  /** How reports and titles name the side. */
  label: string;
  paths: string[];
  /** Every file the side was read from. */
  files: string[];
  rules: number;
  /** Syntax and binding errors met while reading: rules in those files may be missing from the comparison. */
  readingErrors: number;
}

export interface RuleView {
  /** Position in `rules`; what commands carry. */
  index: number;
  name: string;
  connector: string;
  direction: string | null;
  standard: boolean;
  status: CompareStatus;
  changes: FieldChangeView[];
  /** Standard rule whose only change is Disabled: the one supported edit. */
  actionable?: boolean;
  /** Standard rule with content changes: an unsupported edit of an out-of-box rule. */
  unsupported?: boolean;
  primary?: RuleSideView;
  staging?: RuleSideView;
}

export interface FieldChangeView {
  /** `disabled`, `flows[department].expression`, `scopeGroups[2]`, … */
  field: string;
  primary: unknown;
  staging: unknown;
}

export interface RuleSideView {
  /** File path as read, and its file: URI. */
  file: string;
  uri: string;
  /** The whole rule, and where its name is written. */
  range: Range;
  selectionRange: Range;
  /** The rule in the normalised text form the diff compares (identical texts for `same`). */
  text: string;
}

export interface SettingView {
  name: string;
  primary: string | null;
  staging: string | null;
  critical: boolean;
}

export interface ConnectorPairView {
  primary: { id: string | null; name: string | null };
  staging: { id: string | null; name: string | null };
  by: 'name' | 'entra-guid' | 'same-guid' | 'map' | 'inferred';
}

/** `adsyncRules/compareReport`: the last comparison as a Markdown report. */
export const CompareReportRequest = { method: 'adsyncRules/compareReport' } as const;

export interface CompareReportParams {
  /** The comparison the client shows; the server answers with an error when it holds another one. */
  comparison: number;
}

export interface CompareReportResult {
  markdown: string;
}

/** The client command a CodeLens or tree item runs to show one rule of a comparison. */
export const OPEN_COMPARED_RULE_COMMAND = 'adsyncRules.compare.openRule';

export interface OpenComparedRuleArgs {
  comparison: number;
  rule: number;
}

/** Error code of a comparison that cannot be made as asked (a path that does not exist, no input given). */
export const COMPARE_INPUT_ERROR = -32001;
