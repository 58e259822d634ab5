import type { Position, Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../../model/line-index';

/** Both ends count: a cursor just after a word still points at it (keyboard-triggered requests send that). */
export function rangeContains(range: Range | undefined, p: Position): boolean {
  if (!range) return false;
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** A position past the end of its line means the line's end, never the next line. */
export function offsetAt(lines: LineIndex, p: Position): number {
  const line = Math.min(Math.max(p.line, 0), lines.lineCount - 1);
  return Math.min(lines.lineStart(line) + Math.max(p.character, 0), lines.lineEnd(line));
}
