import type { Range } from 'vscode-languageserver-types';
import { lineIndexOf } from '../../../model/line-index';

/**
 * A command or XML element can span many lines; a finding about it is shown on its first line only,
 * so the editor underlines the place rather than a whole block.
 */
export function firstLine(range: Range, text: string | undefined): Range {
  if (range.start.line === range.end.line || text === undefined) return range;
  const lines = lineIndexOf(text);
  const end = lines.lineEnd(range.start.line) - lines.lineStart(range.start.line);
  return { start: range.start, end: { line: range.start.line, character: Math.max(end, range.start.character) } };
}
