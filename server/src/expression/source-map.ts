/**
 * Where each character of a value stands in the file. A value read from a file differs from the
 * characters written there: `''` is one quote in a PowerShell string, `&amp;` one `&` in XML, `&#8592;`
 * one arrow in HTML. Walking the raw text and the value side by side gives, for every value offset,
 * the file offset it came from.
 */
/**
 * How a value is written in its file: `powershell-single` doubles every `'`; `markup` (XML, HTML)
 * writes characters as entities (`&amp;`, `&gt;`, `&#8592;`); `plain` writes them as they are.
 */
export type ValueEncoding = 'powershell-single' | 'markup' | 'plain';

export class ValueMap {
  /** offsets[k] = offset in the raw text of value character k; offsets[value.length] = end of the raw text. */
  private readonly offsets: number[];

  constructor(readonly raw: string, readonly value: string, readonly rawStart: number, encoding: ValueEncoding = 'plain') {
    this.offsets = align(raw, value, encoding);
  }

  /** File offset of a value offset (end offsets map to just past the last raw character used). */
  toFile(valueOffset: number): number {
    const k = Math.max(0, Math.min(valueOffset, this.value.length));
    return this.rawStart + this.offsets[k];
  }

  /** Value offset of a file offset, for requests (hover, completion) that come with a position. */
  toValue(fileOffset: number): number {
    const target = fileOffset - this.rawStart;
    let lo = 0;
    let hi = this.value.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.offsets[mid] <= target) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

const ENTITY = /^&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/i;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function align(raw: string, value: string, encoding: ValueEncoding): number[] {
  const offsets: number[] = new Array(value.length + 1);
  let r = 0;
  for (let v = 0; v < value.length; v++) {
    offsets[v] = r;
    const want = value[v];
    // In markup an entity stands for the character even when the character itself is '&'.
    const entity = encoding === 'markup' && raw[r] === '&' ? ENTITY.exec(raw.slice(r, r + 12)) : null;
    if (entity && decode(entity) === want) {
      r += entity[0].length;
      continue;
    }
    if (raw[r] === want) {
      r += encoding === 'powershell-single' && isQuote(want) && isQuote(raw[r + 1] ?? '') ? 2 : 1;
      continue;
    }
    if (raw[r] === '\r' && raw[r + 1] === '\n' && want === '\n') {
      r += 2;
      continue;
    }
    // Out of step (should not happen for values the readers produce): keep moving forward together.
    r = Math.min(r + 1, raw.length);
  }
  offsets[value.length] = Math.min(r, raw.length);
  return offsets;
}

function decode(entity: RegExpExecArray): string {
  if (entity[1]) return String.fromCodePoint(Number(entity[1]));
  if (entity[2]) return String.fromCodePoint(parseInt(entity[2], 16));
  return NAMED[entity[3].toLowerCase()];
}

function isQuote(c: string): boolean {
  return c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201a' || c === '\u201b';
}
