import { category, p } from './functions-define';

export const OTHER_FUNCTIONS = category('other', [
  // The attribute is named by a string literal, ImportedValue("attr"), not by [attr].
  {
    name: 'ImportedValue',
    arity: [1, 1],
    returns: 'var',
    params: [{ ...p('attributeName', 'str'), literalString: true }],
    about: 'The attribute value confirmed by the last import, not a value still waiting to be exported.',
  },
  // Undocumented; used by the out-of-box device rule on a key string to build binary key material.
  { name: 'Thumbprint', arity: [1, 1], returns: 'bin', params: [p('value', 'var')], about: 'Binary thumbprint (hash) of a value, as used by the out-of-box device key rule.', undocumented: true },
]);
