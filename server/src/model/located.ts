import type { Range } from 'vscode-languageserver-types';

export type { Range, Position } from 'vscode-languageserver-types';

/**
 * A value read from a file together with the characters it came from.
 * `unresolved` holds the source text when the file names the value indirectly (a variable we could not
 * resolve, `$connectorAD.Identifier`): the value is then null and nothing is guessed.
 */
export interface Located<T> {
  value: T;
  range?: Range;
  unresolved?: string;
  /**
   * How the value is written at its range when that is more than entity escaping: a single-quoted
   * PowerShell string doubles every `'`. Mapping positions inside the value needs to know.
   */
  quoting?: 'powershell-single';
  /** For a list value: where each item is written, in order, when the reader knows (navigation to one source attribute). */
  items?: Range[];
}

export function located<T>(value: T, range?: Range, unresolved?: string): Located<T> {
  const v: Located<T> = { value };
  if (range) v.range = range;
  if (unresolved !== undefined) v.unresolved = unresolved;
  return v;
}

export function pos(line: number, character: number) {
  return { line, character };
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}
