import { lineIndexOf, type LineIndex } from '../model/line-index';
import type { AttributeFlow, SyncRule } from '../model/sync-rule';
import type { ParsedExpression } from './ast';
import { readExpression } from './expression-cache';
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
      lineIndexes.set(file, text === undefined ? undefined : lineIndexOf(text));
    }
    return lineIndexes.get(file);
  };
  const out: FlowExpression[] = [];
  for (const rule of rules) {
    for (const flow of rule.flows) {
      const read = readFlowExpression(rule.file, flow, linesOf(rule.file));
      if (read) out.push({ rule, flow, ...read });
    }
  }
  return out;
}

/** A flow's expression, parsed, with its map to the file when the file's lines are known. */
export type FlowExpressionReading = Omit<FlowExpression, 'rule' | 'flow'>;

const readByFlow = new WeakMap<AttributeFlow, { lines: LineIndex | undefined; read: FlowExpressionReading }>();

/**
 * Reads a flow's expression once per flow and file text: the diagnostics, the value checks and the editor
 * features all ask for the same flows of the same reading.
 */
export function readFlowExpression(file: string, flow: AttributeFlow, lines: LineIndex | undefined): FlowExpressionReading | undefined {
  const text = flow.expression.value;
  if (text === null) return undefined;
  const known = readByFlow.get(flow);
  if (known && known.lines === lines) return known.read;
  const encoding = encodingOf(file, flow.expression.quoting);
  const read: FlowExpressionReading = { parsed: readExpression(text), encoding };
  const range = flow.expression.range;
  if (lines && range) {
    const start = lines.offsetAt(range.start);
    read.map = new ValueMap(lines.text.slice(start, lines.offsetAt(range.end)), text, start, encoding);
    read.lines = lines;
  }
  readByFlow.set(flow, { lines, read });
  return read;
}

function encodingOf(file: string, quoting: 'powershell-single' | undefined): ValueEncoding {
  if (quoting) return quoting;
  return /\.(xml|html?)$/i.test(file) ? 'markup' : 'plain';
}
