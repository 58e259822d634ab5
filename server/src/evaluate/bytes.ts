/** Byte conversions the conversion functions share. Buffer does the encoding; these keep its use in one place. */

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

/** Undefined when the text is not strict Base64 (Buffer would silently skip bad characters). */
export function fromBase64(text: string): Uint8Array | undefined {
  const t = text.replace(/\s+/g, '');
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(t)) return undefined;
  return new Uint8Array(Buffer.from(t, 'base64'));
}

/** .NET's "Unicode" encoding: UTF-16 little-endian, no byte-order mark. */
export function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf16le'));
}

export function decode(bytes: Uint8Array, encoding: 'Unicode' | 'ASCII' | 'UTF8'): string {
  const buffer = Buffer.from(bytes);
  if (encoding === 'Unicode') return buffer.toString('utf16le');
  // .NET's ASCII decoder turns every byte above 127 into '?'.
  if (encoding === 'ASCII') return [...bytes].map((b) => (b < 128 ? String.fromCharCode(b) : '?')).join('');
  return buffer.toString('utf8');
}

export function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
