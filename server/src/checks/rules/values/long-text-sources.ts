/**
 * Source attributes whose values are free text and routinely longer than the 448 characters an
 * indexable metaverse string can hold (DOC-CHANGE "Length of attributes"). The list is short on
 * purpose: other long-ranged AD attributes (extensionAttribute1–15, streetAddress, wWWHomePage) are
 * flowed by the out-of-box rules with only Trim(), so Microsoft does not treat them as long in
 * practice, and flagging them would contradict the default configuration.
 */
export interface LongTextSource {
  name: string;
  reason: string;
}

export const LONG_TEXT_SOURCES: readonly LongTextSource[] = [
  {
    name: 'description',
    reason: 'Free text, up to 1024 characters per value in AD (multi-valued); the out-of-box rules flow Left(Trim(Item([description],1)),448), the example DOC-CHANGE gives.',
  },
  {
    name: 'info',
    reason: 'The Notes field of AD users, up to 1024 characters; the out-of-box rules flow Left(Trim([info]),448).',
  },
  {
    name: 'url',
    reason: 'Multi-valued web addresses, up to 2048 characters each in AD; the out-of-box rules flow Left(Trim(Item([url],1)),448).',
  },
  {
    name: 'adminDescription',
    reason: 'Free text for administrators, up to 1024 characters in AD; no out-of-box rule flows it, so a custom flow of it has no guard to copy.',
  },
];

/** Largest length an indexable metaverse string attribute holds (DOC-CHANGE). */
export const INDEXABLE_STRING_LIMIT = 448;

const BY_NAME = new Map(LONG_TEXT_SOURCES.map((s) => [s.name.toLowerCase(), s]));

export function longTextSource(attribute: string): LongTextSource | undefined {
  return BY_NAME.get(attribute.trim().toLowerCase());
}
