import type { Range } from 'vscode-languageserver-types';
import type { FlowExpression } from '../expression/flow-expressions';

export type SeverityName = 'error' | 'warning' | 'information' | 'hint';

/** What every check declares about itself; docs pages and the rule list are generated from it. */
export interface CheckMeta {
  /** Diagnostic code, e.g. `AADC019`. Several checks may share a code when they are facets of one rule. */
  id: string;
  /** Short kebab-case name, unique across checks. */
  name: string;
  severity: SeverityName;
  /** `fast`: per document, on every edit. `workspace`: needs every file of the workspace. */
  category: 'fast' | 'workspace';
  fixable: boolean;
  /** One sentence: what the check finds and why it matters. */
  summary: string;
  /** The documentation page's text (docs/rules/<id>.md is generated from it). */
  docs?: CheckDocs;
}

export interface CheckDocs {
  /** Why it is risky, with the source (DOMAIN.md's tags name Microsoft's pages). */
  why: string;
  /** How to fix it. */
  fix: string;
  /** A short wrong example and its right counterpart, in the Rules Editor layout or as an expression. */
  wrong?: string;
  right?: string;
}

/** A replacement inside the expression's text (value offsets), turned into a file edit by the service. */
export interface ValueEdit {
  start: number;
  end: number;
  newText: string;
}

export interface ExpressionFinding {
  start: number;
  end: number;
  message: string;
  /** Overrides the check's default severity for this finding. */
  severity?: SeverityName;
  fix?: { title: string; edits: ValueEdit[] };
}

export interface ExpressionCheck {
  meta: CheckMeta;
  check(expression: FlowExpression): ExpressionFinding[];
}

/** The fix a diagnostic carries as data: edits in file coordinates, ready for a code action. */
export interface FixData {
  title: string;
  edits: { range: Range; newText: string }[];
}
