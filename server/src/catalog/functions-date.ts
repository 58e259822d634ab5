import { category, p } from './functions-define';

export const DATE_FUNCTIONS = category('date', [
  {
    name: 'DateAdd',
    arity: [3, 3],
    returns: 'dt',
    // The interval is an ordinary (quoted) string; enumValues lists the codes the engine understands.
    params: [{ ...p('interval', 'str'), enumValues: ['yyyy', 'q', 'm', 'y', 'd', 'w', 'ww', 'h', 'n', 's'] }, p('value', 'num'), p('date', 'dt')],
    about: 'Adds a number of intervals (years, months, days, hours, …) to a date; negative numbers go back.',
  },
  { name: 'DateFromNum', arity: [1, 1], returns: 'dt', params: [p('value', 'num')], about: 'Turns an AD FILETIME number (e.g. pwdLastSet) into a DateTime.' },
  { name: 'FormatDateTime', arity: [2, 2], returns: 'str', params: [p('value', 'dt'), p('format', 'str')], about: 'Writes a DateTime as text using a custom format such as "yyyy-MM-dd".' },
  { name: 'Now', arity: [0, 0], returns: 'dt', params: [], about: 'The current date and time of the sync server.' },
  { name: 'NumFromDate', arity: [1, 1], returns: 'num', params: [p('value', 'dt')], about: 'Turns a DateTime into an AD FILETIME number.' },
]);
