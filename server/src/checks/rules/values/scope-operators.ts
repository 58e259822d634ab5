/**
 * The engine's ComparisonOperator enumeration (BIN-OM), by numeric value, and the misspellings that
 * Microsoft's own pages print — admins copy them from there (DOMAIN.md §1.2).
 */
export const COMPARISON_OPERATORS = [
  'EQUAL',
  'NOTEQUAL',
  'LESSTHAN',
  'LESSTHAN_OR_EQUAL',
  'CONTAINS',
  'NOTCONTAINS',
  'STARTSWITH',
  'NOTSTARTSWITH',
  'ENDSWITH',
  'NOTENDSWITH',
  'GREATERTHAN',
  'GREATERTHAN_OR_EQUAL',
  'ISNULL',
  'ISNOTNULL',
  'ISIN',
  'ISNOTIN',
  'ISBITSET',
  'ISBITNOTSET',
  'ISMEMBEROF',
  'ISNOTMEMBEROF',
] as const;

export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export interface OperatorTypo {
  canonical: ComparisonOperator;
  /** Where the wrong spelling is printed. */
  source: string;
}

export const OPERATOR_TYPOS: Record<string, OperatorTypo> = {
  NOTSTARTWITH: { canonical: 'NOTSTARTSWITH', source: 'the operator tables of "Make a change to the default configuration" (DOC-CHANGE)' },
  ISNOTBITSET: { canonical: 'ISBITNOTSET', source: 'the operator list of "Understanding Declarative Provisioning" (DOC-DECL)' },
  LESSTHANOREQUAL: { canonical: 'LESSTHAN_OR_EQUAL', source: 'the AADConnectDsc documentation (DSC)' },
  GREATERTHANOREQUAL: { canonical: 'GREATERTHAN_OR_EQUAL', source: 'the AADConnectDsc documentation (DSC)' },
};

/** Operators that test presence and take no value. */
export const PRESENCE_OPERATORS: ReadonlySet<string> = new Set(['ISNULL', 'ISNOTNULL']);

/** Group-membership operators: the value is the group's DN, the attribute may stay empty (DOC-PILOT). */
export const MEMBER_OF_OPERATORS: ReadonlySet<string> = new Set(['ISMEMBEROF', 'ISNOTMEMBEROF']);

const BY_UPPER = new Map<string, ComparisonOperator>(COMPARISON_OPERATORS.map((op) => [op, op]));
/** Without separators: `LESS_THAN_OR_EQUAL` and `lessThanOrEqual` are the same misspelling. */
const BY_LETTERS = new Map<string, ComparisonOperator>(COMPARISON_OPERATORS.map((op) => [letters(op), op]));

function letters(text: string): string {
  return text.toUpperCase().replace(/[\s_-]/g, '');
}

export type OperatorReading =
  | { kind: 'valid'; operator: ComparisonOperator }
  /** Right name, other case: PowerShell binds enums ignoring case, the Rules Editor never writes it so. */
  | { kind: 'case'; operator: ComparisonOperator }
  | { kind: 'typo'; operator: ComparisonOperator; source: string }
  | { kind: 'unknown' };

/** What the engine makes of an operator as written. A number is the enum's value, which PowerShell also binds. */
export function readOperator(written: string): OperatorReading {
  const text = written.trim();
  const upper = text.toUpperCase();
  const known = BY_UPPER.get(upper);
  if (known) return text === known ? { kind: 'valid', operator: known } : { kind: 'case', operator: known };
  if (/^\d+$/.test(text) && Number(text) < COMPARISON_OPERATORS.length) return { kind: 'valid', operator: COMPARISON_OPERATORS[Number(text)] };
  const typo = OPERATOR_TYPOS[letters(text)];
  if (typo) return { kind: 'typo', operator: typo.canonical, source: typo.source };
  const spaced = BY_LETTERS.get(letters(text));
  if (spaced) return { kind: 'typo', operator: spaced, source: '' };
  return { kind: 'unknown' };
}
