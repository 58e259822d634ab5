import { category, p } from './functions-define';

export const MATH_FUNCTIONS = category('math', [
  { name: 'BitAnd', arity: [2, 2], returns: 'num', params: [p('value1', 'num'), p('value2', 'num')], about: 'Bitwise AND of two numbers.' },
  { name: 'BitOr', arity: [2, 2], returns: 'num', params: [p('value1', 'num'), p('value2', 'num')], about: 'Bitwise OR of two numbers.' },
  // The page's example calls it Random(…); the engine name is RandomNum.
  { name: 'RandomNum', arity: [2, 2], returns: 'num', params: [p('start', 'num'), p('end', 'num')], about: 'A random number between the two limits.' },
]);
