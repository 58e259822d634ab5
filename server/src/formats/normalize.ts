/** `{B891884F-…}` → `b891884f-…`: braces and case differ between files and formats for the same GUID. */
export function normalizeGuid(text: string): string {
  return text.trim().replace(/^\{(.*)\}$/, '$1').trim().toLowerCase();
}

const TICKS_PER_SECOND = 10_000_000;

/** .NET TimeSpan text (`[-][d.]hh:mm:ss[.fffffff]`) for a tick count, as the XML export writes it. */
export function ticksToTimeSpan(ticks: number): string {
  const sign = ticks < 0 ? '-' : '';
  let rest = Math.abs(Math.trunc(ticks));
  const fraction = rest % TICKS_PER_SECOND;
  rest = Math.floor(rest / TICKS_PER_SECOND);
  const seconds = rest % 60;
  rest = Math.floor(rest / 60);
  const minutes = rest % 60;
  rest = Math.floor(rest / 60);
  const hours = rest % 24;
  const days = Math.floor(rest / 24);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${sign}${days ? days + '.' : ''}${two(hours)}:${two(minutes)}:${two(seconds)}${fraction ? '.' + String(fraction).padStart(7, '0') : ''}`;
}
