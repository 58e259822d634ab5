/**
 * PowerShell text as the Rules Editor's export writes it (DOMAIN §2.3–2.4): single-quoted literals,
 * one parameter per line with ` continuations, two blank lines between commands.
 */

/**
 * A single-quoted PowerShell string. PowerShell takes the typographic quotes ‘ ’ ‚ ‛ for `'` too, so each of
 * them is doubled like `'`; everything else, newlines included, stays as it is.
 */
export function quote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (c) => c + c)}'`;
}

/** `@('a','b')`: comma and no space, as the export writes lists. */
export function list(values: string[]): string {
  return `@(${values.map(quote).join(',')})`;
}

export function bool(value: boolean): string {
  return value ? '$true' : '$false';
}

/** A parameter: its value as PowerShell text, or `null` for a switch. */
export type Parameter = [name: string, value: string | null];

/**
 * One command in the export layout: `Name  `` then `-Param value `` per line, the last without a
 * backtick. A switch is written with an empty value, hence its two spaces before the backtick.
 */
export function command(name: string, parameters: Parameter[]): string {
  if (parameters.length === 0) return name;
  const lines = parameters.map(([p, v]) => `-${p} ${v ?? ''}`);
  return [`${name}  \``, ...lines.map((l, k) => (k < lines.length - 1 ? `${l} \`` : l))].join('\n');
}

/** Text for a `#` comment: a line break would end the comment and turn the rest into code. */
export function commentText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Commands and blocks are separated by two blank lines, and the file ends with them too. */
export function joinBlocks(blocks: string[]): string {
  return blocks.filter((b) => b.length > 0).join('\n\n\n') + '\n\n\n';
}

const TICKS_PER_SECOND = 10_000_000n;

/**
 * Ticks for a .NET TimeSpan text (`[-][d.]hh:mm:ss[.fffffff]`), the way the export writes
 * SoftDeleteExpiryInterval; undefined when the text is not a TimeSpan.
 */
export function timeSpanTicks(text: string): string | undefined {
  const m = /^\s*(-)?(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?\s*$/.exec(text);
  if (!m) {
    // Ticks already (a bare integer), as some inputs carry them.
    return /^\s*-?\d+\s*$/.test(text) ? text.trim() : undefined;
  }
  const [, sign, days, hours, minutes, seconds, fraction] = m;
  const whole = ((BigInt(days ?? 0) * 24n + BigInt(hours)) * 60n + BigInt(minutes)) * 60n + BigInt(seconds);
  const ticks = whole * TICKS_PER_SECOND + BigInt((fraction ?? '').padEnd(7, '0') || '0');
  return `${sign && ticks !== 0n ? '-' : ''}${ticks}`;
}
