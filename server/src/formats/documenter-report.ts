import type { InputReading } from '../model';
import { syntaxError } from '../model/diagnostic';
import { LineIndex } from '../model/line-index';
import type { Connector, FileDiagnostic } from '../model/rule-set';
import type { ChangeMark, SyncRule } from '../model/sync-rule';
import { elementEnd, elementStart, parseHtml } from './documenter-report-html';
import { outlineReport, type RuleSection, type RuleTableKind } from './documenter-report-outline';
import { ruleExistsOn, ruleForSide, type RuleContext, type RuleTables } from './documenter-report-rule';
import { readReportTable } from './documenter-report-table';

const REPORT_TITLE = /config documenter/i;

const TABLE_TITLES: Record<Exclude<RuleTableKind, 'description'>, string> = {
  scope: 'Scoping Filter',
  join: 'Join Rules',
  transformations: 'Transformations',
};

/**
 * Reads an AAD Connect Config Documenter report (`…_AADConnectSync_report.html`) into its two configurations:
 * `pilot` (the first, "Target / Pilot" configuration the tool was given) and `production` (the "Reference /
 * Production" one). Each rule section is read once and split by the report's change marks.
 */
export function readDocumenterReport(path: string, text: string): InputReading {
  const lines = new LineIndex(text);
  const diagnostics: FileDiagnostic[] = [];
  const pilot: SyncRule[] = [];
  const production: SyncRule[] = [];
  let sectionsRead = 0;

  try {
    const outline = outlineReport(parseHtml(text), text);
    if (outline.ruleListCount === 0 && !REPORT_TITLE.test(outline.title ?? '')) {
      diagnostics.push(
        syntaxError(
          path,
          'This HTML file is not an AAD Connect Config Documenter report: it has neither the report title nor a "Synchronization Rules" section.',
          lines.rangeOf(0, lines.lineEnd(0)),
        ),
      );
    } else {
      const context = ruleContext(path, lines, diagnostics);
      for (const section of outline.sections) {
        const rules = readSection(section, text, context);
        if (!rules) continue;
        sectionsRead++;
        if (rules.pilot) pilot.push(rules.pilot);
        if (rules.production) production.push(rules.production);
      }
    }
  } catch (error) {
    // The reader must not throw on any input; an unforeseen failure becomes one diagnostic.
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push(syntaxError(path, `The report could not be read: ${reason}`, lines.rangeOf(0, 0)));
  }

  return {
    source: path,
    format: 'documenter-report',
    configs: [
      { label: 'pilot', rules: pilot, connectors: connectorsOf(pilot) },
      { label: 'production', rules: production, connectors: connectorsOf(production) },
    ],
    diagnostics,
    files: [{ path, rules: sectionsRead }],
  };
}

function ruleContext(file: string, lines: LineIndex, diagnostics: FileDiagnostic[]): RuleContext {
  const seen = new Set<string>();
  return {
    file,
    lines,
    problem(message, start, end) {
      const key = `${start}:${end}:${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      diagnostics.push(syntaxError(file, message, lines.rangeOf(start, end)));
    },
  };
}

function readSection(
  section: RuleSection,
  html: string,
  context: RuleContext,
): { pilot: SyncRule | null; production: SyncRule | null } | null {
  const name = section.headingText.value;
  const { description, scope, join, transformations } = section.tables;
  if (!description) {
    context.problem(
      `Rule section "${name}" has no Description table; the rule is not read.`,
      section.headingText.start,
      section.headingText.end,
    );
    return null;
  }

  const tables: RuleTables = {
    description: readReportTable(description, html),
    scope: scope ? readReportTable(scope, html) : null,
    join: join ? readReportTable(join, html) : null,
    transformations: transformations ? readReportTable(transformations, html) : null,
  };
  for (const kind of Object.keys(TABLE_TITLES) as (keyof typeof TABLE_TITLES)[]) {
    if (!tables[kind]) {
      context.problem(
        `Rule section "${name}" has no ${TABLE_TITLES[kind]} table; the rule is read without it.`,
        elementStart(section.heading),
        elementEnd(section.heading),
      );
    }
  }

  const inPilot = ruleExistsOn(tables, 'pilot');
  const inProduction = ruleExistsOn(tables, 'production');
  if (!inPilot && !inProduction) {
    context.problem(`The Description table of rule "${name}" has no rows.`, elementStart(description), elementEnd(description));
    return null;
  }
  const mark = ruleMark(tables, inPilot, inProduction);
  return {
    pilot: inPilot ? ruleForSide(section, tables, 'pilot', mark, context) : null,
    production: inProduction ? ruleForSide(section, tables, 'production', mark, context) : null,
  };
}

/** A rule only one configuration has is Added (pilot) or Deleted (production); otherwise any changed row makes it Modified. */
function ruleMark(tables: RuleTables, inPilot: boolean, inProduction: boolean): ChangeMark {
  if (!inProduction) return 'Added';
  if (!inPilot) return 'Deleted';
  const all = [tables.description, tables.scope, tables.join, tables.transformations];
  return all.some((table) => table?.changed) ? 'Modified' : 'Unchanged';
}

/** The report names connectors, not their GUIDs (which differ between servers anyway). */
function connectorsOf(rules: SyncRule[]): Connector[] {
  const names = new Set<string>();
  for (const rule of rules) {
    const name = rule.connector.name.value;
    if (name !== null) names.add(name);
  }
  return [...names].map((name) => ({ id: null, name }));
}
