import type { JoinCondition, JoinGroup } from '../../../model/sync-rule';
import { attributeKey } from './attributes';

export type JoinComparison = 'same' | 'different' | 'unknown';

/** One condition as the engine compares it; undefined when an attribute is not known (a variable). */
function conditionKey(c: JoinCondition): string | undefined {
  const cs = c.csAttribute.value;
  const mv = c.mvAttribute.value;
  if (cs === null || mv === null || c.caseSensitive.unresolved !== undefined) return undefined;
  return `${attributeKey(cs)}\u0000${attributeKey(mv)}\u0000${c.caseSensitive.value ? 1 : 0}`;
}

/** Conditions of a group are AND'ed, so their order does not matter; groups are tried top-down, so theirs does. */
function groupKey(g: JoinGroup): string | undefined {
  const keys = g.conditions.map(conditionKey);
  if (keys.some((k) => k === undefined)) return undefined;
  return [...new Set(keys as string[])].sort().join('\u0001');
}

/** The whole ordered list of groups as one key: equal keys are the 'same' of compareJoins; undefined is 'unknown'. */
export function joinKey(groups: JoinGroup[]): string | undefined {
  const keys = groups.map(groupKey);
  return keys.some((k) => k === undefined) ? undefined : keys.join('\u0002');
}

export function hasJoinConditions(groups: JoinGroup[]): boolean {
  return groups.some((g) => g.conditions.length > 0);
}

/** Index of the first join group that differs (or is missing on one side); -1 when the lists agree. */
export function firstDifference(a: JoinGroup[], b: JoinGroup[]): number {
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) {
    if (!a[k] || !b[k] || groupKey(a[k]) !== groupKey(b[k])) return k;
  }
  return -1;
}

/**
 * Whether two rules join by the same criteria: ordered lists of condition sets, attribute names
 * without case. Anything unresolved makes the answer unknown, and unknown is never reported.
 */
export function compareJoins(a: JoinGroup[], b: JoinGroup[]): JoinComparison {
  if ([...a, ...b].some((g) => groupKey(g) === undefined)) return 'unknown';
  return firstDifference(a, b) === -1 ? 'same' : 'different';
}
