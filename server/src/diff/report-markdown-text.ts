/**
 * Markdown that shows values exactly as they are: rule names and expressions carry `*`, `_`, `|`,
 * backticks and `<…>` that Markdown would otherwise read as formatting, tables or HTML.
 */

/** Prose on one line: every character Markdown could take for markup is escaped. Pipes are left to `cell`. */
export function text(s: string): string {
  return oneLine(s).replace(/[\\`*_[\]<>&~#]/g, (c) => `\\${c}`);
}

/** An inline code span: the fence is one backtick longer than the longest run inside, so none can close it. */
export function code(s: string): string {
  const body = oneLine(s);
  if (body === '') return '(empty)';
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  // A span that starts or ends with a backtick needs a space of padding, which Markdown strips again.
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A table cell: GFM splits rows at `|` before it reads code spans, so every pipe is escaped, in code too. */
export function cell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}

/** A fenced block, kept over its lines; the fence outgrows any backtick run inside. */
export function fenced(s: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(s, '`') + 1));
  return `${fence}${info}\n${s.replace(/\r\n?/g, '\n')}\n${fence}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}

function longestRun(s: string, c: string): number {
  let best = 0;
  let run = 0;
  for (const ch of s) {
    run = ch === c ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}
