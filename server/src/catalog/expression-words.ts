/** Bare words the expression language knows, with the exact case the engine expects. */

/** Values that only mean something as the result of an Expression flow. */
export const FLOW_RESULT_WORDS = ['AuthoritativeNull', 'IgnoreThisFlow'] as const;

export interface KnownWord {
  canonical: string;
  kind: 'boolean' | 'null' | 'flow-result' | 'constant' | 'enum';
  /** Other spellings the engine accepts as well (it lower-cases booleans internally). */
  accepted?: string[];
}

export const KNOWN_WORDS: KnownWord[] = [
  { canonical: 'True', kind: 'boolean', accepted: ['true'] },
  { canonical: 'False', kind: 'boolean', accepted: ['false'] },
  { canonical: 'NULL', kind: 'null', accepted: ['Null'] },
  { canonical: 'AuthoritativeNull', kind: 'flow-result' },
  { canonical: 'IgnoreThisFlow', kind: 'flow-result' },
  { canonical: 'CRLF', kind: 'constant' },
  { canonical: 'CaseSensitive', kind: 'enum' },
  { canonical: 'CaseInsensitive', kind: 'enum' },
  { canonical: 'vbTextCompare', kind: 'enum' },
  { canonical: 'vbBinaryCompare', kind: 'enum' },
  { canonical: 'Unicode', kind: 'enum' },
  { canonical: 'ASCII', kind: 'enum' },
  { canonical: 'UTF8', kind: 'enum' },
];

const EXACT = new Map<string, KnownWord>();
const IGNORING_CASE = new Map<string, KnownWord>();
for (const w of KNOWN_WORDS) {
  for (const spelling of [w.canonical, ...(w.accepted ?? [])]) EXACT.set(spelling, w);
  IGNORING_CASE.set(w.canonical.toLowerCase(), w);
}

export function findWord(name: string): KnownWord | undefined {
  return EXACT.get(name);
}

export function findWordIgnoringCase(name: string): KnownWord | undefined {
  return IGNORING_CASE.get(name.toLowerCase());
}
