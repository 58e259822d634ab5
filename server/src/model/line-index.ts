import type { Position, Range } from 'vscode-languageserver-types';

/** Maps UTF-16 offsets of a text to LSP line/character positions (CRLF, LF and lone CR end a line). */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 0), this.starts.length - 1)];
  }

  /** Offset just past the last character of the line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  positionAt(offset: number): Position {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  }

  offsetAt(position: Position): number {
    return Math.min(this.lineStart(position.line) + position.character, this.text.length);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/**
 * The line indexes of the texts read last (a few: the document being checked and the workspace files its
 * checks look at). The scanner, the expression maps and the checks that need positions would otherwise
 * each index the whole file, some once per rule or per finding.
 */
const recent: LineIndex[] = [];
const RECENT = 4;

export function lineIndexOf(text: string): LineIndex {
  const k = recent.findIndex((l) => l.text === text);
  if (k === 0) return recent[0];
  const index = k > 0 ? recent.splice(k, 1)[0] : new LineIndex(text);
  recent.unshift(index);
  if (recent.length > RECENT) recent.pop();
  return index;
}
