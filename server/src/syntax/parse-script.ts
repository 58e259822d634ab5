import type { Script } from './ast';
import { parseTokens } from './parser';
import { scan, type ScanResult, type SyntaxProblem } from './scanner';
import { capProblems } from '../model/cap-problems';
import { reparse } from './reparse';

/** Per file: more say nothing the first ones do not. */
const MAX_SYNTAX_PROBLEMS = 1000;

export interface ParsedScript {
  text: string;
  script: Script;
  /** What the scan leaves besides tokens: the tokens (a hundred bytes each) are garbage once parsed. */
  scan: Omit<ScanResult, 'tokens'>;
  /** Scanner and parser problems in text order; each one becomes an AADC000 diagnostic. */
  problems: SyntaxProblem[];
}

/**
 * Text → tokens → statements. Never throws: damaged text yields problems and as much script as can be read.
 * Given the reading of the text before an edit (which it consumes), only the statements around the edit
 * are read again when that gives the same result.
 */
export function parseScript(text: string, previous?: ParsedScript): ParsedScript {
  const again = previous && previous.text !== text ? reparse(previous, text) : undefined;
  if (again) return again;
  const scanned = scan(text);
  const parsed = parseTokens(scanned.tokens, text.length);
  const problems = capProblems(dedupe(scanned.problems.concat(parsed.problems).sort((a, b) => a.start - b.start || a.end - b.end)), MAX_SYNTAX_PROBLEMS, 'syntax problems');
  const { tokens: _parsed, ...rest } = scanned;
  return { text, script: parsed.script, scan: rest, problems };
}

/** Chevrotain may report a gap the scanner already explained; one message per place is enough. */
function dedupe(problems: SyntaxProblem[]): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  for (const p of problems) {
    const prev = out[out.length - 1];
    if (prev && prev.start === p.start && prev.end === p.end) continue;
    out.push(p);
  }
  return out;
}
