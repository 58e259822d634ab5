/**
 * A finding about a rule that shares something with others names a few of them and links the same few:
 * a file that repeats one rule thousands of times would otherwise get findings whose size grows with
 * the square of the file, and a message nobody can read. Each link costs a couple of hundred bytes on
 * every keystroke's diagnostics, so the links are the rules the message names, no more.
 */
const NAMED = 5;
const LINKED = NAMED;

/** "A, B, C" or "A, B, C, D, E and 12 more"; `count` is how many there are when `others` holds only the first few. */
export function nameOthers<T>(others: readonly T[], name: (other: T) => string, count = others.length): string {
  const named = others.slice(0, NAMED).map(name).join(', ');
  return count > NAMED ? `${named} and ${count - NAMED} more` : named;
}

/** Related locations for the first few others. */
export function linkOthers<T, R>(others: readonly T[], link: (other: T) => R): R[] {
  return others.slice(0, LINKED).map(link);
}

/** The members of `group` other than `rule`: as many as a finding names or links, and how many there are. */
export function fewOthers<T>(group: readonly T[], rule: T): { few: T[]; count: number } {
  const few: T[] = [];
  for (const o of group) {
    if (few.length === Math.max(NAMED, LINKED)) break;
    if (o !== rule) few.push(o);
  }
  return { few, count: group.length - (group.includes(rule) ? 1 : 0) };
}
