/**
 * The index of the first item whose key is at or after `target`, in items sorted by that key
 * (`items.length` when none is). Tokens, commands and rules are kept in text order, so a place in
 * the text is found in log time instead of a walk from the start.
 */
export function firstAtOrAfter<T>(items: readonly T[], target: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
