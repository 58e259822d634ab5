/**
 * Security identifiers: the binary layout AD stores in objectSid (revision, sub-authority count, a 48-bit
 * big-endian authority, then 32-bit little-endian sub-authorities) and the S-1-… text form.
 */
export function sidToString(bytes: Uint8Array): string | undefined {
  if (bytes.length < 8) return undefined;
  const count = bytes[1];
  if (bytes.length !== 8 + count * 4) return undefined;
  let authority = 0;
  for (let i = 2; i < 8; i++) authority = authority * 256 + bytes[i];
  // Authorities of 2^32 and above are written in hex, as Windows writes them.
  const authorityText = authority >= 2 ** 32 ? `0x${authority.toString(16).toUpperCase().padStart(12, '0')}` : String(authority);
  const parts = [`S-${bytes[0]}`, authorityText];
  for (let i = 0; i < count; i++) {
    const at = 8 + i * 4;
    parts.push(String((bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0));
  }
  return parts.join('-');
}

export function sidFromString(text: string): Uint8Array | undefined {
  const m = /^S-(\d{1,3})-(\d+|0x[0-9a-fA-F]{1,12})((?:-\d+)*)$/i.exec(text.trim());
  if (!m) return undefined;
  const revision = Number(m[1]);
  const authority = m[2].toLowerCase().startsWith('0x') ? parseInt(m[2].slice(2), 16) : Number(m[2]);
  const subs = m[3] === '' ? [] : m[3].slice(1).split('-').map(Number);
  if (revision > 255 || authority >= 2 ** 48 || subs.length > 15 || subs.some((s) => s >= 2 ** 32)) return undefined;
  const bytes = new Uint8Array(8 + subs.length * 4);
  bytes[0] = revision;
  bytes[1] = subs.length;
  let rest = authority;
  for (let i = 7; i >= 2; i--) {
    bytes[i] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  subs.forEach((s, i) => {
    const at = 8 + i * 4;
    bytes[at] = s & 0xff;
    bytes[at + 1] = (s >>> 8) & 0xff;
    bytes[at + 2] = (s >>> 16) & 0xff;
    bytes[at + 3] = (s >>> 24) & 0xff;
  });
  return bytes;
}
