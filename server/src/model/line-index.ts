import type { Position, Range } from 'vscode-languageserver-types';
import { firstAtOrAfter } from './bisect';

/** Maps UTF-16 offsets of a text to LSP line/character positions (CRLF, LF and lone CR end a line). */
export class LineIndex {
  private readonly starts: number[];

  constructor(readonly text: string, starts?: number[]) {
    this.starts = starts ?? lineStarts(text, 0, text.length, [0]);
  }

  /**
   * The index of `text`, which is this index's text with the characters between the first `prefix` and
   * the last `suffix` replaced: the line starts on both sides are kept (those after moved), only the
   * replaced characters are looked at again.
   */
  afterEdit(text: string, prefix: number, suffix: number): LineIndex {
    const old = this.starts;
    const delta = text.length - this.text.length;
    // A line start depends on the character before it and its own (a CR pairs with the LF after it):
    // starts before `prefix` are settled, those past the first two characters of the suffix too.
    const keep = Math.max(0, firstAtOrAfter(old, prefix, (start) => start) - 1);
    const from = old[keep];
    const settled = this.text.length - suffix + 2;
    const starts = lineStarts(text, from, Math.min(text.length, settled + delta), old.slice(0, keep + 1));
    let k = firstAtOrAfter(old, settled + 1, (start) => start);
    const last = starts[starts.length - 1];
    while (k < old.length && old[k] + delta <= last) k++;
    for (; k < old.length; k++) starts.push(old[k] + delta);
    return new LineIndex(text, starts);
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

/** Appends the starts of the lines that begin in text[from + 1 .. to], reading from `from`. */
function lineStarts(text: string, from: number, to: number, starts: number[]): number[] {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The line indexes of the texts read last (a few: the document being checked and the workspace files its
 * checks look at). The scanner, the expression maps and the checks that need positions would otherwise
 * each index the whole file, some once per rule or per finding.
 */
const recent: LineIndex[] = [];
const RECENT = 4;

export function lineIndexOf(text: string): LineIndex {
  return remember(text, () => new LineIndex(text));
}

/** Keeps an index built otherwise (from the index before an edit) among the recent ones. */
export function rememberLineIndex(index: LineIndex): LineIndex {
  return remember(index.text, () => index);
}

function remember(text: string, make: () => LineIndex): LineIndex {
  const k = recent.findIndex((l) => l.text === text);
  if (k === 0) return recent[0];
  const index = k > 0 ? recent.splice(k, 1)[0] : make();
  recent.unshift(index);
  if (recent.length > RECENT) recent.pop();
  return index;
}
