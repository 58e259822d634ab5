import type { ChangeMark } from '../model/sync-rule';
import { childElements, classNames, textOf, type HtmlElement, type SourceText } from './documenter-report-html';

export type ReportSide = 'pilot' | 'production';

/** One body row of a rule table, split into what each configuration holds. */
export interface ReportRow {
  element: HtmlElement;
  mark: ChangeMark;
  /** The row's cells as the pilot has them; null when the row exists only in production. */
  pilot: SourceText[] | null;
  /** The row's cells as production has them; null when the row exists only in pilot. */
  production: SourceText[] | null;
}

export interface ReportTable {
  element: HtmlElement;
  /** Column titles (the last header row). */
  headers: string[];
  /** Body rows without the "-" rows the report writes into an empty table. */
  rows: ReportRow[];
  /** True when any body row, the "-" rows included, is marked other than Unchanged. */
  changed: boolean;
}

const MARKS: readonly ChangeMark[] = ['Added', 'Modified', 'Deleted', 'Unchanged'];

/** The report writes a row's DataRowState as a CSS class, next to layout classes such as CanHide. */
export function markOf(element: HtmlElement): ChangeMark | null {
  for (const name of classNames(element)) {
    if ((MARKS as readonly string[]).includes(name)) return name as ChangeMark;
  }
  return null;
}

export function readReportTable(table: HtmlElement, html: string): ReportTable {
  const head = childElements(table, 'thead')[0];
  const headRows = head ? childElements(head, 'tr') : [];
  const lastHeadRow = headRows[headRows.length - 1];
  const headers = lastHeadRow ? childElements(lastHeadRow, 'th').map((th) => textOf(th, html).value.trim()) : [];

  const rows: ReportRow[] = [];
  let changed = false;
  for (const tr of bodyRows(table)) {
    const mark = markOf(tr) ?? 'Unchanged';
    if (mark !== 'Unchanged') changed = true;
    const cells = childElements(tr, 'td').map((td) => cellSides(td, html));
    if (isEmptyTableRow(cells)) continue;
    rows.push({
      element: tr,
      mark,
      pilot: mark === 'Deleted' ? null : cells.map((c) => c.pilot),
      production: mark === 'Added' ? null : cells.map((c) => c.production),
    });
  }
  return { element: table, headers, rows, changed };
}

function bodyRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  for (const child of childElements(table)) {
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'tbody') for (const row of childElements(child, 'tr')) rows.push(row);
  }
  return rows;
}

/**
 * A changed value is written as `<span class="Deleted">old</span><span class="Modified">new</span>`; a value of a
 * modified row that did not change gets only the Modified span; key cells and rows of other states are plain text.
 */
function cellSides(td: HtmlElement, html: string): { pilot: SourceText; production: SourceText } {
  let oldValue: SourceText | null = null;
  let newValue: SourceText | null = null;
  for (const span of childElements(td, 'span')) {
    const mark = markOf(span);
    if (mark === 'Deleted') oldValue ??= textOf(span, html);
    else if (mark === 'Modified') newValue ??= textOf(span, html);
  }
  const pilot = newValue ?? oldValue;
  const production = oldValue ?? newValue;
  if (pilot && production) return { pilot, production };
  const whole = textOf(td, html);
  return { pilot: whole, production: whole };
}

/** An empty scope, join or transformation list is shown as one row of "-" cells; it stands for no rows at all. */
function isEmptyTableRow(cells: { pilot: SourceText; production: SourceText }[]): boolean {
  if (cells.length === 0) return true;
  if (cells[0].pilot.value.trim() !== '-') return false;
  return cells.every((c) => ['-', ''].includes(c.pilot.value.trim()));
}
