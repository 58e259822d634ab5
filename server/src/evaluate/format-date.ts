/**
 * .NET custom date and time format strings (FormatDateTime's format argument), with invariant-culture
 * names and separators: the server's culture is unknown here, and the invariant one is what rules that
 * write LDAP timestamps ("yyyyMMddHHmmss.0Z") depend on.
 */
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Single-letter formats are .NET's standard formats, which stand for these custom ones (invariant culture). */
const STANDARD: Record<string, string> = {
  d: 'MM/dd/yyyy',
  D: 'dddd, dd MMMM yyyy',
  f: 'dddd, dd MMMM yyyy HH:mm',
  F: 'dddd, dd MMMM yyyy HH:mm:ss',
  g: 'MM/dd/yyyy HH:mm',
  G: 'MM/dd/yyyy HH:mm:ss',
  m: 'MMMM dd',
  M: 'MMMM dd',
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: 'HH:mm',
  T: 'HH:mm:ss',
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  U: 'dddd, dd MMMM yyyy HH:mm:ss',
  y: 'yyyy MMMM',
  Y: 'yyyy MMMM',
};

/** The formatted text, or an error message for a format .NET would reject. */
export function formatDate(at: Date, format: string): { text: string } | { error: string } {
  if (format.length === 1) {
    const standard = STANDARD[format];
    if (!standard) return { error: `"${format}" is not a standard date format.` };
    format = standard;
  }
  let out = '';
  for (let i = 0; i < format.length; ) {
    const c = format[i];
    if (c === "'" || c === '"') {
      const close = format.indexOf(c, i + 1);
      if (close < 0) return { error: `The format has an unclosed ${c}.` };
      out += format.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (c === '\\') {
      if (i + 1 >= format.length) return { error: 'The format ends in a lone backslash.' };
      out += format[i + 1];
      i += 2;
      continue;
    }
    if (c === '%') {
      i++;
      continue;
    }
    let n = 1;
    while (format[i + n] === c) n++;
    const part = field(at, c, n);
    if (part === undefined) out += format.slice(i, i + n);
    else out += part;
    i += n;
  }
  return { text: out };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** One run of the same letter, or undefined when the letter is not a format letter (then it is literal). */
function field(at: Date, c: string, n: number): string | undefined {
  const hours = at.getUTCHours();
  switch (c) {
    case 'y': {
      const year = at.getUTCFullYear();
      return n <= 2 ? pad(year % 100, n) : pad(year, n);
    }
    case 'M':
      return n <= 2 ? pad(at.getUTCMonth() + 1, n) : n === 3 ? MONTHS[at.getUTCMonth()].slice(0, 3) : MONTHS[at.getUTCMonth()];
    case 'd':
      return n <= 2 ? pad(at.getUTCDate(), n) : n === 3 ? DAYS[at.getUTCDay()].slice(0, 3) : DAYS[at.getUTCDay()];
    case 'H':
      return pad(hours, Math.min(n, 2));
    case 'h':
      return pad(hours % 12 === 0 ? 12 : hours % 12, Math.min(n, 2));
    case 'm':
      return pad(at.getUTCMinutes(), Math.min(n, 2));
    case 's':
      return pad(at.getUTCSeconds(), Math.min(n, 2));
    case 'f':
    case 'F': {
      const digits = (pad(at.getUTCMilliseconds(), 3) + '0000').slice(0, Math.min(n, 7));
      return c === 'f' ? digits : digits.replace(/0+$/, '');
    }
    case 't':
      return (hours < 12 ? 'AM' : 'PM').slice(0, n === 1 ? 1 : 2);
    case 'K':
      return 'Z';
    case 'z':
      return n === 1 ? '+0' : n === 2 ? '+00' : '+00:00';
    case 'g':
      return 'A.D.';
    case ':':
      return ':'.repeat(n);
    case '/':
      return '/'.repeat(n);
  }
  return undefined;
}
