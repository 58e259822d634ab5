import { category, optWord, opt, p } from './functions-define';

export const CONVERSION_FUNCTIONS = category('conversion', [
  { name: 'CBool', arity: [1, 1], returns: 'bool', params: [p('expression', 'exp')], about: 'Turns a condition into a Boolean; any non-zero result counts as True.' },
  { name: 'CDate', arity: [1, 1], returns: 'dt', params: [p('value', 'str')], about: 'Reads a date/time string (optionally with a time zone) as a UTC DateTime.' },
  { name: 'CGuid', arity: [1, 1], returns: 'bin', params: [p('guid', 'str')], about: 'Turns a GUID written as text, with or without braces, into its binary form.' },
  { name: 'CNum', arity: [1, 1], returns: 'num', params: [p('value', 'str')], about: 'Reads a string as a number.' },
  { name: 'CRef', arity: [1, 1], returns: 'ref', params: [p('value', 'str')], about: 'Turns a DN string into a reference value.' },
  // Documented for num, ref and bool, but out-of-box rules call CStr([objectGUID]) behind an IsString
  // guard, and DOMAIN leaves the list open ("num|ref|bool|…"): accept anything rather than flag real rules.
  { name: 'CStr', arity: [1, 1], returns: 'str', params: [p('value', 'var')], about: 'Turns a number, reference or Boolean into a string.' },
  // Undocumented. Read from the out-of-box device rule: CBin(Len(…), 2) and CBin(2, 1) build a number
  // into a binary value whose byte count is the second argument.
  { name: 'CBin', arity: [1, 2], returns: 'bin', params: [p('value', 'var'), opt('length', 'num')], about: 'Turns a value into binary; the optional second argument looks like a byte count.', undocumented: true },
  {
    name: 'ConvertFromBase64',
    arity: [1, 2],
    returns: 'str',
    params: [p('source', 'str'), optWord('encoding', ['Unicode', 'ASCII', 'UTF8'])],
    about: 'Decodes Base64 text to a string, reading the bytes as Unicode unless another encoding is named.',
  },
  // The page only shows a string argument, but out-of-box rules encode binary anchors: ConvertToBase64([objectGUID]).
  { name: 'ConvertToBase64', arity: [1, 1], returns: 'str', params: [p('source', 'str', 'bin')], about: 'Encodes a string (as Unicode) or binary value as Base64 text.' },
  { name: 'ConvertToBinaryFromBase64', arity: [1, 1], returns: 'bin', params: [p('source', 'str')], about: 'Decodes Base64 text to binary.', undocumented: true },
  { name: 'ConvertFromUTF8Hex', arity: [1, 1], returns: 'str', params: [p('source', 'str')], about: 'Decodes UTF-8 hex text, the form Entra ID uses inside DNs, back to a string.' },
  { name: 'ConvertToUTF8Hex', arity: [1, 1], returns: 'str', params: [p('source', 'str')], about: 'Encodes a string as UTF-8 hex text, the form Entra ID uses inside DNs.' },
  { name: 'StringFromGuid', arity: [1, 1], returns: 'str', params: [p('guid', 'bin')], about: 'Writes a binary GUID as text.' },
  { name: 'StringFromSid', arity: [1, 1], returns: 'str', params: [p('objectSid', 'bin')], about: 'Writes a binary security identifier in its S-1-… text form.' },
  { name: 'SidFromString', arity: [1, 1], returns: 'bin', params: [p('sid', 'str')], about: 'Turns a security identifier in S-1-… text form into binary.', undocumented: true },
]);
