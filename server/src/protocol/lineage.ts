import type { Range } from 'vscode-languageserver-types';

// "ADSync: Show Lineage of Attribute…": every flow of the workspace that writes an attribute. Declared once.

/** `adsyncRules/lineage`: the lineage of one attribute over the workspace's rules and the open documents. */
export const LineageRequest = { method: 'adsyncRules/lineage' } as const;

export interface LineageParams {
  attribute: string;
}

export interface LineageFlowView {
  rule: string;
  precedence: number | null;
  connector: string | null;
  /** `department ← Trim([department])`. */
  summary: string;
  scope: string;
  role: string;
  wins: boolean;
  applied: boolean;
  /** Where the flow's destination is written. */
  uri: string;
  range: Range;
}

export interface LineageGroupView {
  target: string;
  direction: 'inbound' | 'outbound' | null;
  note?: string;
  flows: LineageFlowView[];
}

export interface LineageView {
  attribute: string;
  groups: LineageGroupView[];
  /** How many files' rules were looked at. */
  files: number;
}
