import type { SyncRule } from '../model/sync-rule';

export type DiffStatus = 'same' | 'changed' | 'drift' | 'onlyInPrimary' | 'onlyInStaging';

export interface FieldChange {
  /** `disabled`, `precedence`, `flows[department].expression`, `scopeGroups[2]`, … */
  field: string;
  primary: unknown;
  staging: unknown;
}

export interface RuleDiff {
  name: string;
  /** The connector as both sides know it: its name when one side names it, else its GUID on the primary. */
  connector: string;
  direction: string | null;
  standard: boolean;
  status: DiffStatus;
  changes: FieldChange[];
  /** Standard rule whose only change is Disabled: the one supported edit, so something to do. */
  actionable?: boolean;
  /** Standard rule with content changes: an unsupported edit of an out-of-box rule. */
  unsupported?: boolean;
  primary?: SyncRule;
  staging?: SyncRule;
}

export interface SettingDiff {
  name: string;
  primary: string | null;
  staging: string | null;
  /** A sourceAnchor or UPN attribute mismatch: the servers would not produce the same identities. */
  critical: boolean;
}

export interface ConnectorPair {
  primary: { id: string | null; name: string | null };
  staging: { id: string | null; name: string | null };
  /** How the pair was made. */
  by: 'name' | 'entra-guid' | 'same-guid' | 'map' | 'inferred';
}

export interface DiffResult {
  summary: Record<DiffStatus, number>;
  rules: RuleDiff[];
  settings: SettingDiff[];
  connectors: ConnectorPair[];
  /** Things the diff could not decide (an ambiguous connector): said, not guessed. */
  problems: string[];
}
