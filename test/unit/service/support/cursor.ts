import type { Position } from 'vscode-languageserver-types';

/** Where the cursor is in test text; chosen because neither PowerShell exports nor expressions contain it. */
export const CURSOR = '$0';

/** LSP position of a text offset (CRLF, LF and lone CR end a line; characters are UTF-16 units). */
export function positionOf(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

/** Text with exactly one cursor marker: the text without it and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset < 0 || marked.indexOf(CURSOR, offset + 1) >= 0) throw new Error(`test text needs exactly one ${CURSOR}: ${JSON.stringify(marked)}`);
  const text = marked.slice(0, offset) + marked.slice(offset + CURSOR.length);
  return { text, position: positionOf(text, offset), offset };
}

/**
 * The position in `text` marked inside a snippet of it: `at(text, '[disp$0layName]')` finds the
 * snippet (the `occurrence`-th, from 0) and returns where its marker falls.
 */
export function at(text: string, markedSnippet: string, occurrence = 0): Position {
  const k = markedSnippet.indexOf(CURSOR);
  if (k < 0) throw new Error(`snippet needs a ${CURSOR}: ${markedSnippet}`);
  const snippet = markedSnippet.slice(0, k) + markedSnippet.slice(k + CURSOR.length);
  let found = -1;
  for (let n = 0; n <= occurrence; n++) {
    found = text.indexOf(snippet, found + 1);
    if (found < 0) throw new Error(`snippet ${JSON.stringify(snippet)} (occurrence ${occurrence}) is not in the text`);
  }
  return positionOf(text, found + k);
}

/** The characters a range covers, for comparing against expected text. */
export function sliceRange(text: string, range: { start: Position; end: Position }): string {
  return text.slice(offsetOf(text, range.start), offsetOf(text, range.end));
}

export function offsetOf(text: string, position: Position): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    const c = text[i++];
    if (c === '\n' || (c === '\r' && text[i] !== '\n')) line++;
  }
  return i + position.character;
}
