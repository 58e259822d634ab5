/**
 * What Entra ID and AD accept in some attributes, as data (DOMAIN.md §10). Each constraint names its
 * source; `error` where the value is refused (the object fails to export), `warning` where it is
 * accepted but changed, or is legal but almost surely not meant.
 */

/** Which part of the value a constraint looks at. */
export type ValuePart = 'whole' | 'local' | 'domain' | 'after-prefix';

export type Constraint =
  | { kind: 'shape'; pattern: string; describe: string }
  | { kind: 'max-length'; max: number; part?: ValuePart }
  | { kind: 'forbidden'; chars: string; part?: ValuePart }
  | { kind: 'no-whitespace'; part?: ValuePart }
  | { kind: 'not-blank' }
  | { kind: 'ascii'; part?: ValuePart }
  | { kind: 'not-ending'; chars: string; part?: ValuePart }
  | { kind: 'not-starting'; chars: string; part?: ValuePart }
  | { kind: 'not-suffix'; suffixes: string[]; part?: ValuePart; describe: string }
  | { kind: 'one-of'; values: string[] }
  /** A Constant gives every object in scope the same value; the attribute must be unique. */
  | { kind: 'unique' };

export type RuledConstraint = Constraint & { severity: 'error' | 'warning'; source: string };

export interface AttributeValueRule {
  /** Destination names (compared ignoring case), or a pattern for families such as directory extensions. */
  attributes: string[];
  pattern?: string;
  constraints: RuledConstraint[];
}

const M365 = 'DOC-M365PREP';

export const ATTRIBUTE_VALUE_RULES: readonly AttributeValueRule[] = [
  {
    attributes: ['userPrincipalName'],
    constraints: [
      { kind: 'shape', pattern: '^[^@]+@[^@]+$', describe: 'it must be name@domain, with exactly one @ and text on both sides', severity: 'error', source: M365 },
      { kind: 'max-length', max: 113, severity: 'error', source: M365 },
      { kind: 'max-length', max: 64, part: 'local', severity: 'error', source: M365 },
      { kind: 'max-length', max: 48, part: 'domain', severity: 'error', source: M365 },
      { kind: 'no-whitespace', severity: 'error', source: M365 },
      { kind: 'forbidden', chars: '\\%&*+/=?{}|<>();:,[]"', severity: 'error', source: M365 },
      { kind: 'not-ending', chars: '.&', part: 'local', severity: 'error', source: M365 },
      { kind: 'ascii', severity: 'warning', source: M365 },
      { kind: 'not-suffix', suffixes: ['.local'], part: 'domain', describe: 'a .local domain is not routable, so Entra ID cannot verify it', severity: 'warning', source: M365 },
      { kind: 'unique', severity: 'warning', source: M365 },
    ],
  },
  {
    attributes: ['proxyAddresses'],
    constraints: [
      { kind: 'shape', pattern: '^[A-Za-z0-9-]+:.', describe: 'each address needs its type prefix, such as smtp:', severity: 'error', source: M365 },
      { kind: 'max-length', max: 256, severity: 'error', source: M365 },
      { kind: 'no-whitespace', severity: 'error', source: M365 },
      { kind: 'forbidden', chars: '<>();,[]"', part: 'after-prefix', severity: 'error', source: M365 },
      { kind: 'ascii', severity: 'warning', source: M365 },
      { kind: 'unique', severity: 'warning', source: M365 },
    ],
  },
  {
    attributes: ['sAMAccountName'],
    constraints: [
      { kind: 'max-length', max: 20, severity: 'error', source: M365 },
      { kind: 'forbidden', chars: '[]\\"|,/:<>+=;?*\'', severity: 'error', source: M365 },
      { kind: 'unique', severity: 'warning', source: M365 },
    ],
  },
  {
    attributes: ['userType'],
    constraints: [{ kind: 'one-of', values: ['Member', 'Guest'], severity: 'error', source: 'DOC-CHANGE' }],
  },
  {
    attributes: ['sourceAnchor', 'immutableId'],
    constraints: [
      { kind: 'max-length', max: 59, severity: 'error', source: 'DOC-DESIGN' },
      { kind: 'forbidden', chars: '\\!#$%&*+/=?^`{}|~<>()\';:,[]"@_', severity: 'error', source: 'DOC-DESIGN' },
      { kind: 'unique', severity: 'warning', source: 'DOC-DESIGN' },
    ],
  },
  {
    attributes: ['mailNickname'],
    constraints: [
      { kind: 'not-starting', chars: '.', severity: 'warning', source: M365 },
      { kind: 'unique', severity: 'warning', source: M365 },
    ],
  },
  {
    attributes: ['displayName'],
    constraints: [
      { kind: 'max-length', max: 256, severity: 'error', source: M365 },
      { kind: 'not-blank', severity: 'error', source: M365 },
    ],
  },
  {
    attributes: ['givenName'],
    constraints: [{ kind: 'max-length', max: 64, severity: 'error', source: M365 }],
  },
  {
    attributes: ['mail'],
    constraints: [{ kind: 'unique', severity: 'warning', source: M365 }],
  },
  {
    attributes: ['targetAddress'],
    constraints: [
      { kind: 'max-length', max: 256, severity: 'error', source: M365 },
      { kind: 'no-whitespace', severity: 'error', source: M365 },
      { kind: 'forbidden', chars: '\\<>();,[]"', severity: 'error', source: M365 },
      { kind: 'unique', severity: 'warning', source: M365 },
    ],
  },
  {
    attributes: [],
    pattern: '^extension_[0-9a-f]{32}_',
    // Longer values are cut, not refused (DOC-EXT).
    constraints: [{ kind: 'max-length', max: 250, severity: 'warning', source: 'DOC-EXT' }],
  },
];

const PATTERNS = new Map(ATTRIBUTE_VALUE_RULES.filter((r) => r.pattern !== undefined).map((r) => [r, new RegExp(r.pattern!, 'i')]));

/** Looked up per flow by every value check: remembered per name (a file names a few hundred attributes at most). */
const byName = new Map<string, AttributeValueRule[]>();

export function rulesFor(attribute: string): AttributeValueRule[] {
  const trimmed = attribute.trim();
  let found = byName.get(trimmed);
  if (found) return found;
  const name = trimmed.toLowerCase();
  found = ATTRIBUTE_VALUE_RULES.filter((r) => r.attributes.some((a) => a.toLowerCase() === name) || PATTERNS.get(r)?.test(trimmed));
  // Names come from user files: forget them all now and then rather than grow without end.
  if (byName.size >= 10_000) byName.clear();
  byName.set(trimmed, found);
  return found;
}
