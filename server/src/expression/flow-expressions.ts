import { LineIndex } from '../model/line-index';
import type { AttributeFlow, SyncRule } from '../model/sync-rule';
import type { ParsedExpression } from './ast';
import { parseExpression } from './parser';
import { ValueMap, type ValueEncoding } from './source-map';

export interface FlowExpression {
  rule: SyncRule;
  flow: AttributeFlow;
  parsed: ParsedExpression;
  /** Maps expression offsets to file offsets; absent when the file text or the value's range is unknown. */
  map?: ValueMap;
  lines?: LineIndex;
  /** How the expression is written in its file; new text for it must be written the same way. */
  encoding: ValueEncoding;
}

/** Texts of the files rules were read from, by path; the LSP passes open documents, the CLI the disk. */
export type TextOf = (file: string) => string | undefined;

/** Every flow that carries an expression, parsed, with the way back to the file's characters. */
export function flowExpressions(rules: SyncRule[], textOf: TextOf): FlowExpression[] {
  const lineIndexes = new Map<string, LineIndex | undefined>();
  const linesOf = (file: string) => {
    if (!lineIndexes.has(file)) {
      const text = textOf(file);
      lineIndexes.set(file, text === undefined ? undefined : new LineIndex(text));
    }
    return lineIndexes.get(file);
  };
  const out: FlowExpression[] = [];
  for (const rule of rules) {
    for (const flow of rule.flows) {
      const text = flow.expression.value;
      if (text === null) continue;
      const encoding = encodingOf(rule.file, flow.expression.quoting);
      const item: FlowExpression = { rule, flow, parsed: parseExpression(text), encoding };
      const lines = linesOf(rule.file);
      const range = flow.expression.range;
      if (lines && range) {
        const start = lines.offsetAt(range.start);
        const raw = lines.text.slice(start, lines.offsetAt(range.end));
        item.map = new ValueMap(raw, text, start, encoding);
        item.lines = lines;
      }
      out.push(item);
    }
  }
  return out;
}

function encodingOf(file: string, quoting: 'powershell-single' | undefined): ValueEncoding {
  if (quoting) return quoting;
  return /\.(xml|html?)$/i.test(file) ? 'markup' : 'plain';
}
