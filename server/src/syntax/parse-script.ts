import type { Script } from './ast';
import { parseTokens } from './parser';
import { scan, type ScanResult, type SyntaxProblem } from './scanner';
import { MAX_SYNTAX_PROBLEMS, mergeProblems } from './syntax-problems';
import { capProblems } from '../model/cap-problems';
import { reparse } from './reparse';

export interface ParsedScript {
  text: string;
  script: Script;
  /** What the scan leaves besides tokens: the tokens (a hundred bytes each) are garbage once parsed. */
  scan: Omit<ScanResult, 'tokens'>;
  /** Scanner and parser problems in text order; each one becomes an AADC000 diagnostic. */
  problems: SyntaxProblem[];
  /**
   * Set when this reading was made from the reading before an edit: the characters the two texts share
   * at their start and end. Statements that lie there are the previous reading's objects (those after
   * the edit moved in place).
   */
  edit?: { prefix: number; suffix: number };
}

/**
 * Text → tokens → statements. Never throws: damaged text yields problems and as much script as can be read.
 * Given the reading of the text before an edit (which it consumes), only the statements around the edit
 * are read again when that gives the same result.
 */
export function parseScript(text: string, previous?: ParsedScript): ParsedScript {
  const again = previous && previous.text !== text ? reparse(previous, text) : undefined;
  if (again) return again;
  const scanned = scan(text, 0, text.length, true);
  const parsed = parseTokens(scanned.tokens, text.length);
  const problems = capProblems(mergeProblems(scanned.problems, parsed.problems), MAX_SYNTAX_PROBLEMS, 'syntax problems');
  const { tokens: _parsed, ...rest } = scanned;
  return { text, script: parsed.script, scan: rest, problems };
}
