import type { FoldingRange } from 'vscode-languageserver-types';
import type { NavigationDocument } from './navigation-document';
import { walkScript } from './script-walk';

/**
 * A fold per rule and per command that spans lines. Editors keep one fold per start line, and a rule
 * starts on its New-ADSyncRule line: there the rule's fold wins, folding the whole rule at once.
 */
export function foldingRanges(doc: NavigationDocument): FoldingRange[] {
  if (!doc.script) return [];
  const byStart = new Map<number, FoldingRange>();
  const add = (startLine: number, endLine: number) => {
    if (endLine > startLine && !byStart.has(startLine)) byStart.set(startLine, { startLine, endLine });
  };
  for (const rule of doc.rules) add(rule.range.start.line, rule.range.end.line);
  walkScript(doc.script, {
    command(c) {
      add(doc.lines.positionAt(c.start).line, doc.lines.positionAt(c.end).line);
    },
  });
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}
