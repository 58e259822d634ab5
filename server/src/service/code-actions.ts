import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver-types';
import type { FixData } from '../checks/check';
import { readPowerShellScript } from '../formats/powershell-script';
import { flowExpressions, type FlowExpression } from '../expression/flow-expressions';
import { prettyPrint } from '../expression/print';
import { LineIndex } from '../model/line-index';

/**
 * Code actions for a range of a document: the quick fixes its diagnostics carry as data (no check runs
 * again here), and "Format expression" for the expression under the cursor.
 */
export function codeActions(uri: string, file: string, text: string, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const d of diagnostics) {
    const fix = (d.data as { fix?: FixData } | undefined)?.fix;
    if (!fix) continue;
    actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.edits.length === 1, edit: { changes: { [uri]: fix.edits } } });
  }
  const format = formatExpressionAction(uri, file, text, range);
  if (format) actions.push(format);
  return actions;
}

/** Lays the expression under the cursor out over several lines inside its string; the tree stays the same. */
export function formatExpressionAction(uri: string, file: string, text: string, range: Range, width = 80): CodeAction | undefined {
  const item = expressionAt(file, text, range);
  if (!item?.map || !item.lines || item.parsed.problems.length > 0 || item.encoding === 'markup') return undefined;
  const indent = '    ';
  const laidOut = prettyPrint(item.parsed.root, width, indent);
  if (!laidOut.includes('\n') || laidOut === item.parsed.text) return undefined;
  const newText = item.encoding === 'powershell-single' ? laidOut.replace(/'/g, "''") : laidOut;
  const edit: TextEdit = { range: item.lines.rangeOf(item.map.toFile(0), item.map.toFile(item.parsed.text.length)), newText };
  return { title: 'Format expression over several lines', kind: CodeActionKind.RefactorRewrite, edit: { changes: { [uri]: [edit] } } };
}

function expressionAt(file: string, text: string, range: Range): FlowExpression | undefined {
  const lines = new LineIndex(text);
  const offset = lines.offsetAt(range.start);
  const reading = readPowerShellScript(file, text);
  return flowExpressions(reading.configs[0].rules, (f) => (f === file ? text : undefined)).find(
    (e) => e.map && e.map.toFile(0) <= offset && offset <= e.map.toFile(e.parsed.text.length),
  );
}
