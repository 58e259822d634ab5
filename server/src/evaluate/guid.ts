const GUID_TEXT = /^\{?([0-9a-fA-F]{8})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{4})-([0-9a-fA-F]{12})\}?$/;

/** The two forms CGuid and IsGuid accept: with or without braces (braces must pair). */
export function isGuidText(text: string): boolean {
  const t = text.trim();
  return GUID_TEXT.test(t) && t.startsWith('{') === t.endsWith('}');
}

/**
 * The 16 bytes of a GUID in .NET `Guid.ToByteArray` order, which is how AD stores objectGUID: the first
 * three groups little-endian, the last two as written.
 */
export function guidToBytes(text: string): Uint8Array | undefined {
  if (!isGuidText(text)) return undefined;
  const m = GUID_TEXT.exec(text.trim());
  if (!m) return undefined;
  const hex = reverseHex(m[1]) + reverseHex(m[2]) + reverseHex(m[3]) + m[4] + m[5];
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** `Guid.ToString()` of those bytes: lower case, no braces. */
export function bytesToGuid(bytes: Uint8Array): string | undefined {
  if (bytes.length !== 16) return undefined;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return [reverseHex(hex.slice(0, 8)), reverseHex(hex.slice(8, 12)), reverseHex(hex.slice(12, 16)), hex.slice(16, 20), hex.slice(20)].join('-');
}

function reverseHex(hex: string): string {
  return (hex.match(/../g) ?? []).reverse().join('');
}
