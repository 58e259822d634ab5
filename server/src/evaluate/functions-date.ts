import type { Args } from './args';
import { standIn } from './context';
import { daysInMonth } from './date-text';
import { fail } from './failure';
import { formatDate } from './format-date';
import { eager, perValue, type FunctionTable } from './function-impl';
import { big } from './numbers';
import { date, type EvalValue } from './value';

/** Milliseconds from 1601-01-01 (the FILETIME epoch AD dates count from) to 1970-01-01. */
const FILETIME_EPOCH_MS = 11_644_473_600_000n;
/** DateTime.MaxValue as a FILETIME: .NET refuses anything later (e.g. accountExpires = 2^63-1, "never"). */
const MAX_FILETIME = 2_650_467_743_999_999_999n;

export const DEFAULT_NOW = '2000-01-01T00:00:00.000Z';

function dateFromNum(a: Args): EvalValue {
  const ticks = big(a.num(0));
  if (ticks < 0n || ticks > MAX_FILETIME) return fail(`DateFromNum: ${a.num(0)} is outside the dates a DateTime can hold (it is not a date in AD's format).`);
  return date(new Date(Number(ticks / 10_000n - FILETIME_EPOCH_MS)));
}

function numFromDate(a: Args): number {
  const ms = big(a.date(0).getTime()) + FILETIME_EPOCH_MS;
  if (ms < 0n) return fail('NumFromDate: dates before 1601 have no AD number.');
  return Number(ms * 10_000n);
}

/** Adds whole months the way .NET's AddMonths does: a day past the end of the new month becomes its last day. */
function addMonths(at: Date, months: number): Date {
  const result = new Date(at.getTime());
  const day = at.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  result.setUTCDate(Math.min(day, daysInMonth(result.getUTCFullYear(), result.getUTCMonth() + 1)));
  return result;
}

const MS: Record<string, number> = { y: 86_400_000, d: 86_400_000, w: 86_400_000, ww: 7 * 86_400_000, h: 3_600_000, n: 60_000, s: 1000 };

/** VB's DateAdd intervals; "y" (day of year) and "w" (weekday) add days, as in VB. */
function dateAdd(a: Args): EvalValue {
  const interval = a.str(0);
  const count = a.num(1);
  const at = a.date(2);
  let result: Date;
  if (interval === 'yyyy') result = addMonths(at, count * 12);
  else if (interval === 'q') result = addMonths(at, count * 3);
  else if (interval === 'm') result = addMonths(at, count);
  else if (MS[interval] !== undefined) result = new Date(at.getTime() + count * MS[interval]);
  else return fail(`DateAdd: "${interval}" is not an interval (yyyy, q, m, y, d, w, ww, h, n or s).`);
  return Number.isNaN(result.getTime()) ? fail('DateAdd: the result is outside the dates a DateTime can hold.') : date(result);
}

function formatDateTime(a: Args): string {
  const result = formatDate(a.date(0), a.str(1));
  return 'text' in result ? result.text : fail(`FormatDateTime: ${result.error}`);
}

export const DATE_IMPLEMENTATIONS: FunctionTable = {
  DateAdd: eager(dateAdd),
  DateFromNum: perValue(dateFromNum),
  NumFromDate: perValue(numFromDate),
  FormatDateTime: perValue(formatDateTime),
  Now: eager((_, run) => {
    const iso = run.options.now ? new Date(run.options.now) : new Date(DEFAULT_NOW);
    if (Number.isNaN(iso.getTime())) return fail(`The date given for Now() is not an ISO date: ${run.options.now}.`);
    standIn(run, `Now() is ${iso.toISOString()}${run.options.now ? ' (as given)' : ''}, not the sync server's clock.`);
    return date(iso);
  }),
};
