/**
 * Where each character of a value stands in the file. A value read from a file differs from the
 * characters written there: `''` is one quote in a PowerShell string, `&amp;` one `&` in XML, `&#8592;`
 * one arrow in HTML. Walking the raw text and the value side by side gives, for every value offset,
 * the file offset it came from.
 */
export class ValueMap {
  /** offsets[k] = offset in the raw text of value character k; offsets[value.length] = end of the raw text. */
  private readonly offsets: number[];

  /** `doubledQuotes`: the raw text is the content of a single-quoted PowerShell string, where every `'` is written `''`. */
  constructor(readonly raw: string, readonly value: string, readonly rawStart: number, doubledQuotes = false) {
    this.offsets = align(raw, value, doubledQuotes);
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

function align(raw: string, value: string, doubledQuotes: boolean): number[] {
  const offsets: number[] = new Array(value.length + 1);
  let r = 0;
  for (let v = 0; v < value.length; v++) {
    offsets[v] = r;
    const want = value[v];
    if (raw[r] === want) {
      r += doubledQuotes && isQuote(want) && isQuote(raw[r + 1] ?? '') ? 2 : 1;
      continue;
    }
    if (raw[r] === '\r' && raw[r + 1] === '\n' && want === '\n') {
      r += 2;
      continue;
    }
    const entity = raw[r] === '&' ? ENTITY.exec(raw.slice(r, r + 12)) : null;
    if (entity) {
      const decoded = entity[1] ? String.fromCodePoint(Number(entity[1])) : entity[2] ? String.fromCodePoint(parseInt(entity[2], 16)) : NAMED[entity[3].toLowerCase()];
      if (decoded === want) {
        r += entity[0].length;
        continue;
      }
    }
    // Out of step (should not happen for values the readers produce): keep moving forward together.
    r = Math.min(r + 1, raw.length);
  }
  offsets[value.length] = Math.min(r, raw.length);
  return offsets;
}

function isQuote(c: string): boolean {
  return c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201a' || c === '\u201b';
}
