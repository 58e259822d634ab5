import type { Range } from 'vscode-languageserver-types';
import { lineIndexOf } from '../../../model/line-index';
import type { FixData } from '../../check';

/**
 * Edits for a switch parameter on a line of its own, the Rules Editor layout (`-Disabled  ` + backtick):
 * the switch is added or removed as a whole line, so every other character stays as it was.
 */

const CONTINUED = /`[ \t]*$/;

/** Deletes the line that holds only the switch at `at` (`-Disabled` unless named) and its continuation backtick. */
export function removeSwitchLine(text: string, at: Range, title: string, name = 'Disabled'): FixData | undefined {
  const lines = lineIndexOf(text);
  const line = at.start.line;
  if (line + 1 >= lines.lineCount || at.end.line !== line) return undefined;
  const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
  if (!new RegExp(`^[ \\t]*-${name}(?::\\s*\\$true)?[ \\t]*\`[ \\t]*$`, 'i').test(content)) return undefined;
  return { title, edits: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' }] };
}

/**
 * Inserts `-Disabled  ` + backtick before the `-OutVariable` line that ends the New-ADSyncRule command holding
 * `from` (the rule's name): every parameter line in between must continue with a backtick, as the Rules Editor
 * writes them, or nothing is offered.
 */
export function insertDisabledLine(text: string, from: Range, title: string): FixData | undefined {
  return insertSwitchLine(text, from, 'Disabled', title);
}

/** The same for any switch of New-ADSyncRule (`-EnablePasswordSync`). */
export function insertSwitchLine(text: string, from: Range, name: string, title: string): FixData | undefined {
  const lines = lineIndexOf(text);
  for (let line = from.start.line; line < lines.lineCount; line++) {
    const content = text.slice(lines.lineStart(line), lines.lineEnd(line));
    const m = /^([ \t]*)-OutVariable\b/i.exec(content);
    if (m && line > from.start.line) {
      const lineBreak = text.slice(lines.lineEnd(line - 1), lines.lineStart(line));
      return { title, edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${m[1]}-${name}  \`${lineBreak}` }] };
    }
    if (!CONTINUED.test(content)) return undefined;
  }
  return undefined;
}
