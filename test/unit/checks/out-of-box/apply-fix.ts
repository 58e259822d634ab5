import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { LineIndex } from '../../../../server/src/model/line-index';

export interface Fix {
  title: string;
  edits: { range: Range; newText: string }[];
}

export function fixOf(d: { data?: unknown }): Fix | undefined {
  return (d.data as { fix?: Fix } | undefined)?.fix;
}

/** The text after the fix, and the fix's edits as offsets of the original text. */
export function applyFix(text: string, fix: Fix): { fixed: string; edits: { start: number; end: number; newText: string }[] } {
  const lines = new LineIndex(text);
  const edits = fix.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }));
  let fixed = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
  return { fixed, edits };
}

/** For fixes that only insert: taking the inserted text out again must give back the original, byte for byte. */
export function withoutInsertions(fixed: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = fixed;
  let shift = 0;
  const at = [...edits].sort((a, b) => a.start - b.start).map((e) => {
    const start = e.start + shift;
    shift += e.newText.length - (e.end - e.start);
    return { start, length: e.newText.length };
  });
  for (const e of at.reverse()) out = out.slice(0, e.start) + out.slice(e.start + e.length);
  return out;
}

export function diagnosticsWithFix<T extends Pick<Diagnostic, 'data'>>(ds: T[]): T[] {
  return ds.filter((d) => fixOf(d));
}
