import type { Range } from 'vscode-languageserver-types';
import type { ParsedExpression } from '../../../expression/ast';
import { readFlowExpression, type TextOf } from '../../../expression/flow-expressions';
import { ValueMap, type ValueEncoding } from '../../../expression/source-map';
import { lineIndexOf, type LineIndex } from '../../../model/line-index';
import type { InputReading } from '../../../model/rule-set';
import type { AttributeFlow } from '../../../model/sync-rule';
import type { FixData } from '../../check';

/**
 * The characters behind the model's values, for checks that point inside a value (a word of an
 * expression, one item of `-Source @('…')`) or edit it. Each file is read and indexed once per
 * reading: a Documenter report is megabytes long and holds every rule of two configurations.
 */
export class FileTexts {
  private readonly files = new Map<string, LineIndex | undefined>();

  constructor(private readonly textOf: TextOf) {}

  lines(file: string): LineIndex | undefined {
    if (!this.files.has(file)) {
      const text = this.textOf(file);
      this.files.set(file, text === undefined ? undefined : lineIndexOf(text));
    }
    return this.files.get(file);
  }

  /** The flow's expression, parsed, with a map from expression offsets to file positions when the text is known. */
  expression(file: string, flow: AttributeFlow): FlowText | undefined {
    const read = readFlowExpression(file, flow, this.lines(file));
    return read && new FlowText(read.parsed, read.encoding, flow.expression.range ?? flow.range, read.map, read.lines);
  }
}

/** One flow's expression and the way from its offsets to the file. */
export class FlowText {
  constructor(
    readonly parsed: ParsedExpression,
    readonly encoding: ValueEncoding,
    private readonly fallback: Range,
    private readonly map: ValueMap | undefined,
    private readonly lines: LineIndex | undefined,
  ) {}

  /** File range of expression offsets; the whole value when the file text is unknown. */
  range(start: number, end: number): Range {
    if (!this.map || !this.lines) return this.fallback;
    return this.lines.rangeOf(this.map.toFile(start), this.map.toFile(end));
  }

  /** A fix replacing expression text, or undefined when the file's characters are unknown. */
  fix(title: string, edits: { start: number; end: number; newText: string }[]): FixData | undefined {
    if (!this.map || !this.lines) return undefined;
    return { title, edits: edits.map((e) => ({ range: this.range(e.start, e.end), newText: this.encode(e.newText) })) };
  }

  /** New text is written the way the container writes it: `''` in a PowerShell string, entities in XML. */
  private encode(text: string): string {
    if (this.encoding === 'powershell-single') return text.replace(/'/g, "''");
    if (this.encoding === 'markup') return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return text;
  }
}

/**
 * One FileTexts per reading and `textOf`: a reading is what one text gave, so while it lives the
 * text behind it is the same (an edited document is read again into a new reading).
 */
const cache = new WeakMap<InputReading, WeakMap<TextOf, FileTexts>>();

export function fileTexts(reading: InputReading, textOf: TextOf): FileTexts {
  let byText = cache.get(reading);
  if (!byText) cache.set(reading, (byText = new WeakMap()));
  let texts = byText.get(textOf);
  if (!texts) byText.set(textOf, (texts = new FileTexts(textOf)));
  return texts;
}
