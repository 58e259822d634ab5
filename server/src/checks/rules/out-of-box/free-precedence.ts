/**
 * The clone's precedence: the highest number below 100 that no rule of the file uses. The shipped
 * original ran after every custom rule (standard rules start at 100); a clone just below 100 keeps that
 * order as far as it can while staying in the range reserved for custom rules.
 */
export function freePrecedenceBelow100(used: Iterable<number | null>): number | undefined {
  const taken = new Set<number>();
  for (const p of used) if (p !== null) taken.add(p);
  for (let p = 99; p >= 0; p--) if (!taken.has(p)) return p;
  return undefined;
}
