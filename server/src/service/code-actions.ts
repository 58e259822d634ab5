import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { FixData } from '../checks/check';
import { prettyPrint } from '../expression/print';
import type { ExpressionDocument } from './expression-features/expression-document';
import { expressionAt } from './expression-features/locate';

/**
 * Code actions for a range of a document: the quick fixes its diagnostics carry as data (no check runs
 * again here), and "Format expression" for the expression under the cursor.
 */
export function codeActions(uri: string, doc: ExpressionDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const fix = (d.data as { fix?: FixData } | undefined)?.fix;
    if (fix) actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.edits.length === 1, edit: { changes: { [uri]: fix.edits } } });
  }
  for (const code of new Set(diagnostics.map((d) => String(d.code ?? '')).filter((c) => /^AADC\d{3}$/.test(c)))) {
    const d = diagnostics.find((x) => x.code === code)!;
    actions.push(...suppressionActions(uri, doc.text, d, code));
    if (d.codeDescription?.href) {
      actions.push({ title: `Show documentation for ${code}`, kind: CodeActionKind.QuickFix, command: { title: `Show documentation for ${code}`, command: SHOW_DOCUMENTATION, arguments: [d.codeDescription.href] } });
    }
  }
  const format = formatExpressionAction(uri, doc, range);
  if (format) actions.push(format);
  return actions;
}

/** The client opens a documentation page through this command (the LSP has no "open" of its own). */
export const SHOW_DOCUMENTATION = 'adsyncRules.showDocumentation';

/**
 * "Disable for this line" goes above the statement the finding is in: a comment between the lines a
 * backtick joins would end the command there and break the script.
 */
function suppressionActions(uri: string, text: string, d: Diagnostic, code: string): CodeAction[] {
  const lines = text.split(/\r\n|\n|\r/);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  let first = d.range.start.line;
  while (first > 0 && /`\s*$/.test(lines[first - 1])) first--;
  const indent = /^\s*/.exec(lines[first] ?? '')![0];
  const at = (line: number): Range => ({ start: { line, character: 0 }, end: { line, character: 0 } });
  return [
    {
      title: `Disable ${code} for this statement`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { changes: { [uri]: [{ range: at(first), newText: `${indent}# adsync-rules-disable-next-line ${code}${eol}` }] } },
    },
    {
      title: `Disable ${code} for this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { changes: { [uri]: [{ range: at(0), newText: `# adsync-rules-disable ${code}${eol}` }] } },
    },
  ];
}

/** Lays the expression under the cursor out over several lines inside its string; the tree stays the same. */
export function formatExpressionAction(uri: string, doc: ExpressionDocument, range: Range, width = 80): CodeAction | undefined {
  const item = expressionAt(doc, range.start)?.item;
  if (!item || item.parsed.problems.length > 0 || item.encoding === 'markup') return undefined;
  const indent = '    ';
  const laidOut = prettyPrint(item.parsed.root, width, indent);
  if (!laidOut.includes('\n') || laidOut === item.parsed.text) return undefined;
  const newText = item.encoding === 'powershell-single' ? laidOut.replace(/'/g, "''") : laidOut;
  const edit: TextEdit = { range: item.lines.rangeOf(item.map.toFile(0), item.map.toFile(item.parsed.text.length)), newText };
  return { title: 'Format expression over several lines', kind: CodeActionKind.RefactorRewrite, edit: { changes: { [uri]: [edit] } } };
}
