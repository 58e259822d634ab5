/**
 * Reading dates the way CDate does, for the forms rules and samples use: ISO 8601 (`2013-01-10`,
 * `2013-01-10T16:00:00Z`), `yyyy-MM-dd HH:mm[:ss]`, US `M/d/yyyy`, an optional AM/PM and an optional zone
 * (`Z`, `-8`, `+05:30`). .NET's DateTime.Parse accepts more (month names, other cultures); those are
 * rejected here rather than guessed.
 */
const DATE =
  /^(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(?:\s*([AaPp][Mm]))?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?)?$/;

export function parseDate(text: string): Date | undefined {
  const m = DATE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1] ?? m[6]);
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  let hour = Number(m[7] ?? 0);
  const minute = Number(m[8] ?? 0);
  const second = Number(m[9] ?? 0);
  const ms = m[10] ? Math.floor(Number(`0.${m[10]}`) * 1000) : 0;
  const half = m[11]?.toUpperCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'PM' ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  // A time without a zone is read as UTC: the engine's DateTime values are UTC and the server's own zone is unknown here.
  const offsetMinutes = m[12] ? zoneMinutes(m[12]) : 0;
  // setUTCFullYear rather than Date.UTC, which reads years below 100 as 19xx.
  const result = new Date(0);
  result.setUTCFullYear(year, month - 1, day);
  result.setUTCHours(hour, minute - offsetMinutes, second, ms);
  return Number.isNaN(result.getTime()) ? undefined : result;
}

function zoneMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = digits.length <= 2 ? Number(digits) : Number(digits.slice(0, digits.length - 2));
  const minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2));
  return sign * (hours * 60 + minutes);
}

export function daysInMonth(year: number, month: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}
