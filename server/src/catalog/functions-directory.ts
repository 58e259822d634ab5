import { category, opt, p } from './functions-define';

export const DIRECTORY_FUNCTIONS = category('directory', [
  { name: 'DNComponent', arity: [2, 2], returns: 'str', params: [p('dn', 'ref'), p('componentNumber', 'num')], about: 'Value of the n-th DN component counted from the left; pass CRef([dn]) for the object itself.' },
  {
    name: 'DNComponentRev',
    arity: [2, 3],
    returns: 'str',
    // The option is written as the string "DC" (quoted), not as a bare word, so it is a str with one accepted value.
    params: [p('dn', 'ref'), p('componentNumber', 'num'), { ...opt('options', 'str'), enumValues: ['DC'] }],
    about: 'Value of the n-th DN component counted from the right; "DC" skips the dc= components.',
  },
  { name: 'EscapeDNComponent', arity: [1, 1], returns: 'str', params: [p('value', 'str')], about: 'Escapes one DN component so it is valid in LDAP.' },
]);
