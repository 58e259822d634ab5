import { category, opt, optWord, p, sig } from './functions-define';

export const MULTIVALUED_FUNCTIONS = category('multivalued', [
  {
    name: 'Contains',
    arity: [2, 3],
    // Strings match as substrings (case-sensitive unless told otherwise); references must match whole.
    overloads: [
      sig('num', p('attribute', 'mvstr'), p('search', 'str'), optWord('caseType', ['CaseSensitive', 'CaseInsensitive'])),
      sig('num', p('attribute', 'mvref'), p('search', 'str')),
    ],
    about: '1-based index of the first value containing the search string, or 0 when none does.',
  },
  // Documented as mvstr, but the page's own With example counts certificates (mvbin).
  { name: 'Count', arity: [1, 1], returns: 'num', params: [p('attribute', 'mv')], about: 'Number of values in a multi-valued attribute.' },
  { name: 'Item', arity: [2, 2], returns: 'var', params: [p('attribute', 'mv'), p('index', 'num')], about: 'The value at a 1-based index; fails when the index is out of range.' },
  { name: 'ItemOrNull', arity: [2, 2], returns: 'var', params: [p('attribute', 'mv'), p('index', 'num')], about: 'The value at a 1-based index, or null when the index is out of range.' },
  { name: 'Join', arity: [1, 2], returns: 'str', params: [p('attribute', 'mvstr'), opt('delimiter', 'str')], about: 'Joins the values into one string, separated by the delimiter (a space by default).' },
  { name: 'RemoveDuplicates', arity: [1, 1], returns: 'mvstr', params: [p('attribute', 'mvstr')], about: 'The values with duplicates removed.' },
  {
    name: 'Split',
    arity: [2, 3],
    returns: 'mvstr',
    params: [p('value', 'str'), p('delimiter', 'str'), opt('limit', 'num')],
    about: 'Splits a string at a one-character delimiter into a multi-valued string, up to an optional limit.',
  },
  // Undocumented and [unverified] in DOMAIN (read there as mv (mv, mv)); typed var so no real use is flagged.
  { name: 'Concat', arity: [2, 2], returns: 'var', params: [p('value1', 'var'), p('value2', 'var')], about: 'Joins two values or value lists into one (undocumented).', undocumented: true },
  // Undocumented; arity and types unknown in DOMAIN. The only real use, ValueCount("member") flowing into
  // memberCount, suggests one attribute name as a string and a number result; the argument is left var.
  { name: 'ValueCount', arity: [1, 1], returns: 'num', params: [p('attributeName', 'var')], about: 'Number of values of the named attribute, e.g. ValueCount("member") (undocumented).', undocumented: true },
]);
