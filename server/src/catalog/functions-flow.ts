import { category, p } from './functions-define';

export const FLOW_FUNCTIONS = category('flow', [
  { name: 'Error', arity: [1, 1], returns: 'void', params: [p('errorMessage', 'str')], about: 'Stops the flow with a custom error; the object fails to sync.' },
  {
    name: 'IIF',
    arity: [3, 3],
    returns: 'var',
    params: [p('condition', 'exp'), p('valueIfTrue', 'var'), p('valueIfFalse', 'var')],
    about: 'One of two values, chosen by a condition.',
  },
  // Arguments come in condition/value pairs, any number of them: the signature shows one pair and
  // maxArgs is Infinity. An odd count is an engine error ("Not enough arguments to Switch function").
  {
    name: 'Switch',
    arity: [2, Infinity],
    returns: 'var',
    params: [p('condition', 'exp'), p('value', 'var')],
    about: 'Value of the first condition/value pair whose condition is true; null when none is.',
  },
  // The second argument is a multi-valued attribute or an expression yielding values; the third is
  // any expression over the $variable (the page calls it "func"), hence var.
  {
    name: 'Select',
    arity: [3, 3],
    returns: 'mv',
    params: [p('item', 'item'), p('attribute', 'mv', 'exp'), p('function', 'var')],
    about: 'Applies an expression to each value ($item) of a multi-valued attribute.',
  },
  {
    name: 'Where',
    arity: [3, 3],
    returns: 'mv',
    params: [p('item', 'item'), p('attribute', 'mv', 'exp'), p('condition', 'exp')],
    about: 'Keeps the values ($item) of a multi-valued attribute for which the condition is true.',
  },
  // The page gives no return type and calls both expressions exp, yet its own example binds a Where
  // result and returns values from IIF: both are typed var here.
  {
    name: 'With',
    arity: [3, 3],
    returns: 'var',
    params: [p('variable', 'item'), p('subExpression', 'var'), p('complexExpression', 'var')],
    about: 'Names a subexpression with a $variable and evaluates a second expression that uses it.',
  },
]);
