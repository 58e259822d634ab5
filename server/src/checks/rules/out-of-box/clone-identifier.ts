import { createHash } from 'node:crypto';

/**
 * A new rule Identifier for the clone, in the form the Rules Editor writes (lower case, no braces).
 * Derived from the original's identity rather than random, so the same fix offered twice is the same
 * text; the version and variant bits are those of a random (v4) GUID.
 */
export function cloneIdentifier(seed: string, taken: ReadonlySet<string>): string {
  for (let salt = 0; ; salt++) {
    const hex = createHash('sha256').update(`clone|${seed}|${salt}`).digest('hex').slice(0, 32).split('');
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    const h = hex.join('');
    const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
    if (!taken.has(id)) return id;
  }
}
