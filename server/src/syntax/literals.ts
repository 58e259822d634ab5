import type { NumberValue, StringValue } from './ast';
import { isDoubleQuote, isSingleQuote } from './lexical';

const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

/** The value PowerShell gives a quoted token: `''` is one quote; in double quotes backtick escapes apply. */
export function stringValue(image: string, start: number, here: boolean): StringValue {
  const end = start + image.length;
  const double = isDoubleQuote(image.charCodeAt(here ? 1 : 0));
  if (here) {
    const open = /^@.[ \t]*(\r\n|\n|\r)?/.exec(image)!;
    // A damaged terminator line may hold only `@` (or only the quote); the value stops before it all the same.
    const close = /(\r\n|\n|\r)(?:.@|@)$/.exec(image);
    const contentStart = start + open[0].length;
    const contentEnd = close ? end - close[0].length : end;
    const raw = image.slice(contentStart - start, contentEnd - start);
    return {
      kind: 'string', quote: double ? 'here-double' : 'here-single', value: double ? unescapeDouble(raw, false) : raw,
      expandable: double && hasExpansion(raw), contentStart, contentEnd, start, end,
    };
  }
  const closed = image.length > 1 && (double ? isDoubleQuote(image.charCodeAt(image.length - 1)) : isSingleQuote(image.charCodeAt(image.length - 1)))
    && !endsInsideEscape(image, double);
  const contentStart = start + 1;
  const contentEnd = closed ? end - 1 : end;
  const raw = image.slice(1, contentEnd - start);
  const value = double ? unescapeDouble(raw, true) : collapseSingleQuotes(raw);
  return { kind: 'string', quote: double ? 'double' : 'single', value, expandable: double && hasExpansion(raw), contentStart, contentEnd, start, end };
}

/** Whether the last quote of an unterminated token is really half of a doubled quote. */
function endsInsideEscape(image: string, double: boolean): boolean {
  const isQuote = double ? isDoubleQuote : isSingleQuote;
  let k = 1;
  while (k < image.length - 1) {
    const c = image.charCodeAt(k);
    if (double && c === 96) k += 2;
    else if (isQuote(c)) {
      if (isQuote(image.charCodeAt(k + 1))) k += 2;
      else return true;
    } else k++;
  }
  return k !== image.length - 1;
}

/** Any single quote, typographic ones included: most strings hold none, and their value is their text. */
const SINGLE_QUOTES = /['\u2018-\u201b]/;

function collapseSingleQuotes(raw: string): string {
  if (!SINGLE_QUOTES.test(raw)) return raw;
  let out = '';
  for (let k = 0; k < raw.length; k++) {
    out += raw[k];
    if (isSingleQuote(raw.charCodeAt(k)) && isSingleQuote(raw.charCodeAt(k + 1))) k++;
  }
  return out;
}

function unescapeDouble(raw: string, collapse: boolean): string {
  let out = '';
  for (let k = 0; k < raw.length; k++) {
    const c = raw[k];
    if (c === '`' && k + 1 < raw.length) {
      const next = raw[++k];
      out += ESCAPES[next] ?? next;
    } else if (collapse && isDoubleQuote(raw.charCodeAt(k)) && isDoubleQuote(raw.charCodeAt(k + 1))) {
      out += c;
      k++;
    } else out += c;
  }
  return out;
}

/** `$name`, `${…}` or `$(…)` not escaped by a backtick: the string is expanded when the script runs. */
function hasExpansion(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    if (raw[k] === '`') k++;
    else if (raw[k] === '$' && /[\w{(:?]/.test(raw[k + 1] ?? '')) return true;
  }
  return false;
}

const MULTIPLIERS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

export function numberValue(text: string, start: number, end: number): NumberValue {
  let body = text.toLowerCase();
  let factor = 1;
  const multiplier = /(kb|mb|gb|tb|pb)$/.exec(body);
  if (multiplier) {
    factor = MULTIPLIERS[multiplier[1]];
    body = body.slice(0, -2);
  }
  body = body.replace(/[ludn]$/, '');
  const negative = body.startsWith('-');
  if (negative) body = body.slice(1);
  const magnitude = body.startsWith('0x') ? parseInt(body.slice(2), 16) : Number(body);
  return { kind: 'number', value: (negative ? -magnitude : magnitude) * factor, text, start, end };
}
