import type { Statement } from '../../syntax/ast';
import type { SyncRule } from '../../model/sync-rule';
import type { VariableContent } from './values';
import type { BindingFinding } from './rule-binder';

/**
 * What binding one rule's commands gave, kept so that the next reading of the edited text can take it
 * over instead of binding the commands again: the commands' statements (the parser keeps unchanged ones
 * as the same objects), what they read from before them and what they leave behind.
 */
export interface BoundGroup {
  statements: readonly Statement[];
  /** Offset, line and column of the first statement when it was bound. */
  start: number;
  line: number;
  character: number;
  /** Variables read before the group set them, with what they held then (undefined: nothing). */
  reads: Map<string, VariableContent | undefined>;
  /** What each variable the group set holds at its end; a rule held is named by its index in the binding. */
  writes: Map<string, VariableContent>;
  /** The index of the group's first rule in the binding, which rule indexes in `writes` are relative to. */
  firstRule: number;
  rules: SyncRule[];
  findings: BindingFinding[];
  /**
   * The group used a rule or condition made before it (a mapping added to an earlier rule): binding it
   * changes another group's rule, so neither can be taken over alone.
   */
  open: boolean;
  /** The first statements of the groups an open group reached into: they are bound again with it. */
  touches: Statement[];
}

/**
 * The top-level statements in groups that each open one rule: a group starts at every statement that
 * runs New-ADSyncRule (the Rules Editor's layout: the rule, its mappings, conditions and groups, then
 * Add-ADSyncRule), and whatever precedes the first rule is a group of its own.
 */
export function ruleGroups(statements: readonly Statement[]): Statement[][] {
  const groups: Statement[][] = [];
  let current: Statement[] = [];
  for (const s of statements) {
    if (opensRule(s) && current.length) {
      groups.push(current);
      current = [];
    }
    current.push(s);
  }
  if (current.length) groups.push(current);
  return groups;
}

function opensRule(s: Statement): boolean {
  const pipeline = s.kind === 'assignment' ? s.value : s;
  // Asked of every top-level statement on every edit: a length check before the case-insensitive compare.
  return pipeline?.kind === 'pipeline' && pipeline.elements.some((e) => e.kind === 'command' && e.name.length === 14 && e.name.toLowerCase() === 'new-adsyncrule');
}

/** Whether a variable holds the same thing as when a group read it. */
export function sameContent(a: VariableContent | undefined, b: VariableContent | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'literal':
      return a.value === (b as typeof a).value;
    case 'connector':
    case 'connector-id':
      return a.name === (b as typeof a).name;
    case 'unknown':
      return true;
    default:
      // Rules and conditions are never compared: a group that reads them is open.
      return false;
  }
}
