import type { Range } from 'vscode-languageserver-types';
import { located, type Located } from '../model/located';
import type { LineIndex } from '../model/line-index';
import type {
  AttributeFlow,
  ChangeMark,
  JoinCondition,
  JoinGroup,
  ScopeCondition,
  ScopeGroup,
  SyncRule,
} from '../model/sync-rule';
import { elementEnd, elementStart, type SourceText } from './documenter-report-html';
import type { RuleSection } from './documenter-report-outline';
import type { ReportRow, ReportSide, ReportTable } from './documenter-report-table';

export interface RuleTables {
  description: ReportTable;
  scope: ReportTable | null;
  join: ReportTable | null;
  transformations: ReportTable | null;
}

export interface RuleContext {
  file: string;
  lines: LineIndex;
  /** Reports a problem at offsets of the report; the same problem seen from both sides is reported once. */
  problem(message: string, start: number, end: number): void;
}

/** Settings every rule's Description table lists; Enable Password Sync and Disabled are left out when unknown. */
const REQUIRED_SETTINGS = [
  'Name',
  'Description',
  'Direction',
  'Connected System',
  'Connected System Object Type',
  'Metaverse Object Type',
  'Link Type',
  'Precedence',
  'Soft Delete Expiry Interval',
  'Tag',
];

/** Whether the configuration on `side` has the rule at all: the Description table has rows for it. */
export function ruleExistsOn(tables: RuleTables, side: ReportSide): boolean {
  return tables.description.rows.some((row) => row[side] !== null);
}

/** The rule as one configuration has it: the old values for production, the new ones for pilot. */
export function ruleForSide(
  section: RuleSection,
  tables: RuleTables,
  side: ReportSide,
  mark: ChangeMark,
  context: RuleContext,
): SyncRule {
  const { lines } = context;
  const at = (t: SourceText): Range => lines.rangeOf(t.start, t.end);
  const text = (t: SourceText | undefined): Located<string | null> => (t ? located(t.value, at(t)) : located(null));
  const settings = settingsOf(tables.description, side);
  const setting = (name: string) => settings.get(name.toLowerCase());

  for (const name of REQUIRED_SETTINGS) {
    if (!setting(name)) {
      const table = tables.description.element;
      context.problem(
        `The Description table of rule "${section.headingText.value}" has no "${name}" row.`,
        elementStart(table),
        elementEnd(table),
      );
    }
  }

  const direction = text(setting('Direction'));
  const csType = text(setting('Connected System Object Type'));
  const mvType = text(setting('Metaverse Object Type'));
  // The report names object types by side of the sync engine; the rule's source/target depend on its direction.
  const outbound = direction.value?.trim().toLowerCase() === 'outbound';
  const end = section.lastTable ? elementEnd(section.lastTable) : elementEnd(section.heading);

  return {
    file: context.file,
    range: lines.rangeOf(elementStart(section.heading), end),
    selectionRange: at(section.headingText),
    name: setting('Name') ? text(setting('Name')) : text(section.headingText),
    identifier: located(null),
    description: text(setting('Description')),
    direction,
    precedence: precedenceOf(setting('Precedence'), at, context),
    precedenceAfter: located(null),
    precedenceBefore: located(null),
    connector: { id: located(null), name: text(setting('Connected System')) },
    sourceObjectType: outbound ? mvType : csType,
    targetObjectType: outbound ? csType : mvType,
    linkType: text(setting('Link Type')),
    immutableTag: text(setting('Tag')),
    disabled: yesNo(setting('Disabled'), at, context),
    enablePasswordSync: yesNo(setting('Enable Password Sync'), at, context),
    softDeleteExpiryInterval: text(setting('Soft Delete Expiry Interval')),
    flows: tables.transformations ? flowsOf(tables.transformations, side, lines) : [],
    scopeGroups: tables.scope ? scopeGroupsOf(tables.scope, side, lines) : [],
    joinGroups: tables.join ? joinGroupsOf(tables.join, side, outbound, lines) : [],
    committed: true,
    mark,
  };
}

function settingsOf(table: ReportTable, side: ReportSide): Map<string, SourceText> {
  const settings = new Map<string, SourceText>();
  for (const row of table.rows) {
    const cells = row[side];
    if (!cells || cells.length < 2) continue;
    const name = cells[0].value.trim().toLowerCase();
    if (!settings.has(name)) settings.set(name, cells[1]);
  }
  return settings;
}

function precedenceOf(cell: SourceText | undefined, at: (t: SourceText) => Range, context: RuleContext): Located<number | null> {
  if (!cell) return located(null);
  const written = cell.value.trim();
  if (/^-?\d+$/.test(written)) return located(Number(written), at(cell));
  context.problem(`Precedence "${cell.value}" is not a whole number.`, cell.start, cell.end);
  return located(null, at(cell));
}

/** Description flags are written Yes/No; a missing row means the export did not say, which the engine reads as false. */
function yesNo(cell: SourceText | undefined, at: (t: SourceText) => Range, context: RuleContext): Located<boolean> {
  if (!cell) return located(false);
  const written = cell.value.trim().toLowerCase();
  if (written === 'yes' || written === 'true') return located(true, at(cell));
  if (written !== 'no' && written !== 'false' && written !== '') {
    context.problem(`"${cell.value}" is neither Yes nor No.`, cell.start, cell.end);
  }
  return located(false, at(cell));
}

/** Column positions found by header text, so a report that orders its columns differently is still read right. */
function columns<K extends string>(table: ReportTable, titles: Record<K, string>): Record<K, number> {
  const found = {} as Record<K, number>;
  const keys = Object.keys(titles) as K[];
  keys.forEach((key, position) => {
    const title = titles[key].toLowerCase();
    const index = table.headers.findIndex((h) => h.toLowerCase().startsWith(title));
    found[key] = index >= 0 ? index : position;
  });
  return found;
}

function rowsOn(table: ReportTable, side: ReportSide): { row: ReportRow; cells: SourceText[] }[] {
  const out: { row: ReportRow; cells: SourceText[] }[] = [];
  for (const row of table.rows) {
    const cells = row[side];
    if (cells) out.push({ row, cells });
  }
  return out;
}

function rowRange(row: ReportRow, lines: LineIndex): Range {
  return lines.rangeOf(elementStart(row.element), elementEnd(row.element));
}

function flowsOf(table: ReportTable, side: ReportSide, lines: LineIndex): AttributeFlow[] {
  const col = columns(table, { target: 'Target', source: 'Source', flowType: 'Flow Type', applyOnce: 'Apply Once', mergeType: 'Merge Type' });
  const at = (t: SourceText): Range => lines.rangeOf(t.start, t.end);
  const text = (t: SourceText | undefined) => (t ? located(t.value, at(t)) : located(null));
  const nonEmpty = (t: SourceText | undefined) => (t ? located(t.value.trim() === '' ? null : t.value, at(t)) : located(null));

  return rowsOn(table, side).map(({ row, cells }): AttributeFlow => {
    const source = cells[col.source];
    const flowType = nonEmpty(cells[col.flowType]);
    const once = cells[col.applyOnce];
    // The report shows an expression in the Source column and does not list the attributes it reads.
    const isExpression = flowType.value?.trim().toLowerCase() === 'expression';
    return {
      sources: isExpression || !source ? located([]) : located([source.value], at(source)),
      destination: text(cells[col.target]),
      flowType,
      valueMergeType: nonEmpty(cells[col.mergeType]),
      expression: isExpression ? text(source) : located(null),
      executeOnce: once ? located(once.value.trim().toLowerCase() === 'true', at(once)) : located(false),
      range: rowRange(row, lines),
      mark: row.mark,
    };
  });
}

/** Each row carries its group's number (Group#); the rows of one number are that group's AND-ed conditions. */
function groupRows<T>(
  table: ReportTable,
  side: ReportSide,
  groupColumn: number,
  lines: LineIndex,
  condition: (cells: SourceText[], range: Range) => T,
): { conditions: T[]; range: Range }[] {
  const groups = new Map<string, { conditions: T[]; first: ReportRow; last: ReportRow }>();
  for (const { row, cells } of rowsOn(table, side)) {
    const key = cells[groupColumn]?.value.trim() ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { conditions: [], first: row, last: row };
      groups.set(key, group);
    }
    group.conditions.push(condition(cells, rowRange(row, lines)));
    group.last = row;
  }
  return [...groups.values()].map((g) => ({
    conditions: g.conditions,
    range: lines.rangeOf(elementStart(g.first.element), elementEnd(g.last.element)),
  }));
}

function scopeGroupsOf(table: ReportTable, side: ReportSide, lines: LineIndex): ScopeGroup[] {
  const col = columns(table, { group: 'Group', attribute: 'Attribute', operator: 'Operator', value: 'Value' });
  const text = (t: SourceText | undefined) => (t ? located(t.value, lines.rangeOf(t.start, t.end)) : located(null));
  return groupRows(table, side, col.group, lines, (cells, range): ScopeCondition => ({
    attribute: text(cells[col.attribute]),
    operator: text(cells[col.operator]),
    value: text(cells[col.value]),
    range,
  }));
}

function joinGroupsOf(table: ReportTable, side: ReportSide, outbound: boolean, lines: LineIndex): JoinGroup[] {
  const col = columns(table, { group: 'Group', source: 'Source Attribute', target: 'Target Attribute', caseSensitive: 'Case Sensitive' });
  const text = (t: SourceText | undefined) => (t ? located(t.value, lines.rangeOf(t.start, t.end)) : located(null));
  return groupRows(table, side, col.group, lines, (cells, range): JoinCondition => {
    const caseCell = cells[col.caseSensitive];
    // "Source" and "Target" follow the rule's direction: an outbound rule joins from the metaverse to the connector space.
    const cs = outbound ? cells[col.target] : cells[col.source];
    const mv = outbound ? cells[col.source] : cells[col.target];
    return {
      csAttribute: text(cs),
      mvAttribute: text(mv),
      caseSensitive: caseCell
        ? located(caseCell.value.trim().toLowerCase() === 'true', lines.rangeOf(caseCell.start, caseCell.end))
        : located(false),
      range,
    };
  });
}
