/** A problem found at a span of text. */
export interface SpanProblem {
  start: number;
  end: number;
  message: string;
}

/**
 * The first `max` problems, in order, and one that counts the rest. Damaged input (a megabyte of quotes)
 * can yield a problem per character; a thousand say as much as a million and keep the editor usable.
 */
export function capProblems<T extends SpanProblem>(problems: T[], max: number, what: string): T[] {
  if (problems.length <= max) return problems;
  const kept = problems.slice(0, max);
  const next = problems[max];
  kept.push({ ...next, message: `… and ${problems.length - max} more ${what} after this one (the first ${max} are listed).` });
  return kept;
}
