import { category, opt, optWord, p } from './functions-define';

const text = p('value', 'str');
const compare = optWord('compare', ['vbTextCompare', 'vbBinaryCompare']);

export const STRING_FUNCTIONS = category('string', [
  // Headed "Guid" on the page (listed as GUID in its contents); the anchor is #guid either way.
  { name: 'Guid', arity: [0, 0], returns: 'str', params: [], about: 'A new random GUID as text.' },
  {
    name: 'InStr',
    arity: [2, 4],
    returns: 'num',
    params: [p('stringCheck', 'str'), p('stringMatch', 'str'), opt('start', 'num'), compare],
    about: '1-based position of the first occurrence of a substring, or 0 when absent.',
  },
  {
    name: 'InStrRev',
    arity: [2, 4],
    returns: 'num',
    params: [p('stringCheck', 'str'), p('stringMatch', 'str'), opt('start', 'num'), compare],
    about: '1-based position of the last occurrence of a substring, or 0 when absent.',
  },
  { name: 'LCase', arity: [1, 1], returns: 'str', params: [text], about: 'The string in lower case.' },
  { name: 'UCase', arity: [1, 1], returns: 'str', params: [text], about: 'The string in upper case.' },
  { name: 'PCase', arity: [1, 1], returns: 'str', params: [text], about: 'Capitalises the first letter of each space-separated word and lower-cases the rest.' },
  { name: 'LTrim', arity: [1, 1], returns: 'str', params: [text], about: 'The string without leading white space.' },
  { name: 'RTrim', arity: [1, 1], returns: 'str', params: [text], about: 'The string without trailing white space.' },
  { name: 'Trim', arity: [1, 1], returns: 'str', params: [text], about: 'The string without leading and trailing white space.' },
  { name: 'Left', arity: [2, 2], returns: 'str', params: [p('string', 'str'), p('numChars', 'num')], about: 'The first numChars characters of a string.' },
  { name: 'Right', arity: [2, 2], returns: 'str', params: [p('string', 'str'), p('numChars', 'num')], about: 'The last numChars characters of a string.' },
  {
    name: 'Mid',
    // The Functions Reference's own example calls Mid with two arguments (the rest of the string);
    // flagging that form would be a false error more likely than a real one.
    arity: [2, 3],
    returns: 'str',
    params: [p('string', 'str'), p('start', 'num'), opt('numChars', 'num')],
    about: 'numChars characters of a string from a 1-based start position.',
  },
  { name: 'Len', arity: [1, 1], returns: 'num', params: [text], about: 'Number of characters in a string.' },
  {
    name: 'PadLeft',
    arity: [3, 3],
    returns: 'str',
    params: [p('string', 'str'), p('length', 'num'), p('padCharacter', 'str')],
    about: 'Pads a string on the left with a single character up to the given length.',
  },
  {
    name: 'PadRight',
    arity: [3, 3],
    returns: 'str',
    params: [p('string', 'str'), p('length', 'num'), p('padCharacter', 'str')],
    about: 'Pads a string on the right with a single character up to the given length.',
  },
  {
    name: 'Replace',
    arity: [3, 3],
    returns: 'str',
    params: [p('string', 'str'), p('oldValue', 'str'), p('newValue', 'str')],
    about: 'Replaces every occurrence of one string with another; \\n, \\r and \\t stand for control characters.',
  },
  {
    name: 'ReplaceChars',
    arity: [2, 2],
    returns: 'str',
    params: [p('string', 'str'), p('replacePattern', 'str')],
    about: 'Replaces single characters using a pattern of source:target pairs separated by commas.',
  },
  {
    name: 'Word',
    arity: [3, 3],
    returns: 'str',
    params: [p('string', 'str'), p('wordNumber', 'num'), p('delimiters', 'str')],
    about: 'The n-th word of a string, where any character of delimiters separates words.',
  },
  { name: 'RandomStr', arity: [1, 1], returns: 'str', params: [p('length', 'num')], about: 'A random string; the argument is presumably its length (undocumented).', undocumented: true },
]);
