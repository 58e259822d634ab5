import { category, opt, p } from './functions-define';

const anything = p('expression', 'var');

export const EVALUATION_FUNCTIONS = category('evaluation', [
  { name: 'IsBitSet', arity: [2, 2], returns: 'bool', params: [p('value', 'num'), p('flag', 'num')], about: 'True when the bit given by flag is set in value.' },
  { name: 'IsDate', arity: [1, 1], returns: 'bool', params: [anything], about: 'True when the value can be read as a DateTime (so CDate would work).' },
  { name: 'IsEmpty', arity: [1, 1], returns: 'bool', params: [anything], about: 'True when the attribute is present but holds an empty string.' },
  // The page types the argument str; DOMAIN groups it with the var-typed tests, the more permissive reading.
  { name: 'IsGuid', arity: [1, 1], returns: 'bool', params: [anything], about: 'True when the text can be read as a GUID (so CGuid would work).' },
  { name: 'IsNull', arity: [1, 1], returns: 'bool', params: [anything], about: 'True when the value is null, i.e. the attribute is absent.' },
  { name: 'IsNullOrEmpty', arity: [1, 1], returns: 'bool', params: [anything], about: 'True when the value is absent or an empty string; the opposite of IsPresent.' },
  { name: 'IsNumeric', arity: [1, 1], returns: 'bool', params: [anything], about: 'True when the value can be read as a number (so CNum would work).' },
  { name: 'IsPresent', arity: [1, 1], returns: 'bool', params: [anything], about: 'True when the value is neither null nor an empty string; the opposite of IsNullOrEmpty.' },
  { name: 'IsString', arity: [1, 1], returns: 'bool', params: [anything], about: 'True when the value can be read as a string (so CStr would work).' },
  // Undocumented; known only from the engine table. The third argument is probably regex options.
  {
    name: 'RegexIsMatch',
    arity: [2, 3],
    returns: 'bool',
    params: [p('input', 'str'), p('pattern', 'str'), opt('options', 'str')],
    about: 'True when the text matches a regular expression.',
    undocumented: true,
  },
]);
