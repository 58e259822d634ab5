import type { Random } from './random';

/** One way to damage a file; works on bytes, so encodings can be broken too. */
export interface Mutator {
  name: string;
  /** How often it is picked, relative to the others (the costly ones are rare). */
  weight: number;
  apply(bytes: Buffer, random: Random): Buffer;
}

const at = (bytes: Buffer, random: Random) => random.below(bytes.length + 1);
const splice = (bytes: Buffer, start: number, end: number, insert: Buffer | string = Buffer.alloc(0)) =>
  Buffer.concat([bytes.subarray(0, start), typeof insert === 'string' ? Buffer.from(insert, 'utf8') : insert, bytes.subarray(end)]);

/** The characters whose loss breaks a script's structure. */
const STRUCTURE = new Set([...`'"\`()[]{}@$,|`].map((c) => c.charCodeAt(0)));

export const MUTATORS: Mutator[] = [
  {
    name: 'flip bytes',
    weight: 10,
    apply: (bytes, random) => {
      const copy = Buffer.from(bytes);
      for (let n = 1 + random.below(8); n > 0 && copy.length; n--) copy[random.below(copy.length)] ^= 1 << random.below(8);
      return copy;
    },
  },
  {
    name: 'delete quotes, backticks or brackets',
    weight: 10,
    apply: (bytes, random) => {
      const places: number[] = [];
      bytes.forEach((b, k) => STRUCTURE.has(b) && places.push(k));
      let out = bytes;
      for (let n = 1 + random.below(4); n > 0 && places.length; n--) {
        const k = places.splice(random.below(places.length), 1)[0];
        out = splice(out, k, k + 1);
        for (let j = 0; j < places.length; j++) if (places[j] > k) places[j]--;
      }
      return out;
    },
  },
  { name: 'truncate', weight: 6, apply: (bytes, random) => bytes.subarray(0, random.below(bytes.length + 1)) },
  {
    name: 'duplicate a block',
    weight: 6,
    apply: (bytes, random) => {
      const start = random.below(bytes.length + 1);
      const end = Math.min(bytes.length, start + random.below(4096));
      const k = at(bytes, random);
      return splice(bytes, k, k, bytes.subarray(start, end));
    },
  },
  {
    name: 'NUL bytes',
    weight: 4,
    apply: (bytes, random) => {
      const k = at(bytes, random);
      return splice(bytes, k, k, Buffer.alloc(1 + random.below(16)));
    },
  },
  {
    name: 'invalid UTF-8',
    weight: 4,
    apply: (bytes, random) => {
      const bad = random.pick([[0xc3, 0x28], [0xff], [0x80], [0xe2, 0x82], [0xf0, 0x28, 0x8c, 0xbc], [0xed, 0xa0, 0x80]]);
      const k = at(bytes, random);
      return splice(bytes, k, k, Buffer.from(bad));
    },
  },
  {
    name: 'deep nesting (10,000 parentheses)',
    weight: 1,
    apply: (bytes, random) => {
      const k = at(bytes, random);
      const closed = random.below(2) === 0;
      return splice(bytes, k, k, '('.repeat(10_000) + (closed ? ')'.repeat(10_000) : ''));
    },
  },
  {
    name: 'very long line (1 MB)',
    weight: 1,
    apply: (bytes, random) => {
      const k = at(bytes, random);
      return splice(bytes, k, k, random.pick(['a', "'", '`', '[', ' ', '-x']).repeat(1 << 20));
    },
  },
];

const TOTAL = MUTATORS.reduce((n, m) => n + m.weight, 0);

/** One to three mutations; returns the damaged bytes and what was done, to report with the seed. */
export function mutate(bytes: Buffer, random: Random): { bytes: Buffer; applied: string[] } {
  const applied: string[] = [];
  let out = bytes;
  for (let n = 1 + random.below(3); n > 0; n--) {
    let roll = random.below(TOTAL);
    const m = MUTATORS.find((x) => (roll -= x.weight) < 0)!;
    out = m.apply(out, random);
    applied.push(m.name);
  }
  return { bytes: out, applied };
}
