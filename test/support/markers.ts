import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-types';

/**
 * Inline expectations for fixture files, in the style of rust-analyzer's `//^^^` annotations.
 *
 * A marker line is optional spaces, `#`, spaces, carets and a code, with an optional note after it:
 *
 *     -Name 'Broken `
 *     #     ^ AADC000 the closing quote is missing
 *
 * It marks the nearest preceding line that is not itself a marker. The first caret's column is where the
 * finding must start and the number of carets its extent (shown, not compared: a finding's end depends on
 * how much text a recovery skipped); a zero-width finding at the end of a line gets one caret just past the
 * line's last character. Several findings on one line take several marker lines. Markers use spaces only.
 * Written as `#^^^` (no space after `#`), the `#` is the first caret, so column 0 can be marked:
 *
 *     -Precedance 10 `
 *     #^^^^^^^^^^ AADC024
 *
 * Marker lines are removed before anything reads the fixture, so they cannot change how it parses (a marker
 * under an unterminated string is not swallowed by it), and expected line numbers count the remaining lines.
 * When the file ends with marker lines, the line break before them goes too: a fixture can then end in the
 * middle of a line, as a file cut off after a dangling backtick or inside a string does.
 */

/** What one marker line asks for. */
export interface ExpectedFinding {
  /** Zero-based line in the text without marker lines. */
  line: number;
  /** Column of the first caret. */
  start: number;
  /** Column just past the last caret. */
  end: number;
  code: string;
  note?: string;
}

export interface MarkedFixture {
  /** The fixture without its marker lines, line breaks as written (CRLF stays CRLF). */
  text: string;
  expected: ExpectedFinding[];
}

const MARKER = /^([ ]*)#([ ]*)(\^+)[ ]+([A-Z]+\d+)\b[ ]*(.*)$/;
/** Anything that starts like a marker but does not parse as one is a typo, not a comment. */
const MARKER_LIKE = /^\s*#\s*\^/;

export function parseMarkedFixture(source: string): MarkedFixture {
  const lines = splitLines(source);
  const kept: { text: string; br: string }[] = [];
  const expected: ExpectedFinding[] = [];
  lines.forEach(({ text, br }, k) => {
    const m = MARKER.exec(text);
    if (!m) {
      if (MARKER_LIKE.test(text)) {
        throw new Error(`fixture line ${k + 1} looks like a marker but is not one (spaces only, then carets, then a code): ${JSON.stringify(text)}`);
      }
      kept.push({ text, br });
      return;
    }
    const [, indent, gap, carets, code, note] = m;
    if (kept.length === 0) throw new Error(`fixture line ${k + 1}: a marker needs a line above it to mark`);
    // `#^^^` counts the `#` as the first caret; `# ^^^` starts at the first caret.
    const start = gap.length === 0 ? indent.length : indent.length + 1 + gap.length;
    const width = gap.length === 0 ? carets.length + 1 : carets.length;
    const finding: ExpectedFinding = { line: kept.length - 1, start, end: start + width, code };
    if (note) finding.note = note;
    expected.push(finding);
  });
  const last = kept[kept.length - 1];
  const endsWithMarkers = lines.length > 0 && MARKER.test(lines[lines.length - 1].text);
  if (last && endsWithMarkers) last.br = '';
  return { text: kept.map((l) => l.text + l.br).join(''), expected };
}

/** Lines with the break that ends each one, so the text can be put back together byte for byte. */
function splitLines(source: string): { text: string; br: string }[] {
  const out: { text: string; br: string }[] = [];
  const re = /\r\n|\n|\r/g;
  let from = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    out.push({ text: source.slice(from, m.index), br: m[0] });
    from = m.index + m[0].length;
  }
  if (from < source.length) out.push({ text: source.slice(from), br: '' });
  return out;
}

interface Found {
  code: string;
  line: number;
  start: number;
  /** End column on the start line (the line's end when the finding spans lines). */
  end: number;
  message: string;
}

/**
 * Diagnostics and markers must correspond one to one: same code, same start line, and a start character
 * equal to the first caret's column. Anything found where no marker is fails, so unmarked lines are
 * asserted clean. On failure the message shows each mismatch under its line and, ready to paste, the
 * markers that would describe what was actually found.
 */
export function assertFindings(diagnostics: readonly { code?: Diagnostic['code']; range: Diagnostic['range']; message: string | { value: string } }[], expected: readonly ExpectedFinding[], text: string): void {
  const lines = splitLines(text).map((l) => l.text);
  const found: Found[] = diagnostics.map((d) => ({
    code: String(d.code ?? ''),
    line: d.range.start.line,
    start: d.range.start.character,
    end: d.range.end.line === d.range.start.line ? d.range.end.character : (lines[d.range.start.line] ?? '').length,
    message: typeof d.message === "string" ? d.message : d.message.value,
  }));
  const unmatched = [...expected];
  const unexpected: Found[] = [];
  for (const f of found) {
    const k = unmatched.findIndex((e) => e.code === f.code && e.line === f.line && e.start === f.start);
    if (k >= 0) unmatched.splice(k, 1);
    else unexpected.push(f);
  }
  if (unexpected.length === 0 && unmatched.length === 0) return;
  const report: string[] = [];
  for (const f of unexpected) {
    report.push(`unexpected ${f.code} at ${f.line + 1}:${f.start + 1}: ${f.message}`, ...excerpt(lines, f.line, f.start, f.end));
  }
  for (const e of unmatched) {
    const near = found.filter((f) => f.code === e.code && Math.abs(f.line - e.line) <= 2);
    const hint = near.length ? ` (nearest ${e.code}: ${near.map((f) => `${f.line + 1}:${f.start + 1}`).join(', ')})` : '';
    report.push(`missing ${e.code} at ${e.line + 1}:${e.start + 1}${e.note ? ` (${e.note})` : ''}${hint}`, ...excerpt(lines, e.line, e.start, e.end));
  }
  report.push('', 'what was found, as markers:', ...asMarkers(lines, found));
  assert.fail(`findings do not match the markers (lines and columns are 1-based here)\n${report.join('\n')}`);
}

function excerpt(lines: string[], line: number, start: number, end: number): string[] {
  const gutter = String(line + 1).padStart(5);
  const text = lines[line];
  if (text === undefined) return [`${gutter} | <no such line: the text has ${lines.length}>`];
  return [`${gutter} | ${text}`, `${' '.repeat(gutter.length)} | ${' '.repeat(start)}${'^'.repeat(Math.max(1, end - start))}`];
}

/** The fixture lines that have findings, each followed by the marker lines that describe them. */
function asMarkers(lines: string[], found: Found[]): string[] {
  const out: string[] = [];
  const byLine = [...new Set(found.map((f) => f.line))].sort((a, b) => a - b);
  for (const line of byLine) {
    out.push(`    ${lines[line] ?? ''}`);
    for (const f of found.filter((x) => x.line === line)) out.push(`    ${markerFor(f)}`);
  }
  return out.length ? out : ['    (nothing)'];
}

function markerFor(f: Found): string {
  const width = Math.max(1, f.end - f.start);
  // Columns 0 and 1 need the `#^` form, where the `#` stands in for the first caret.
  if (f.start === 0) return `#${'^'.repeat(Math.max(1, width - 1))} ${f.code}`;
  if (f.start === 1) return ` #${'^'.repeat(Math.max(1, width - 1))} ${f.code}`;
  return `#${' '.repeat(f.start - 1)}${'^'.repeat(width)} ${f.code}`;
}
