import {
  childElements,
  hasClass,
  isElement,
  textOf,
  type HtmlDocument,
  type HtmlElement,
  type HtmlNode,
  type SourceText,
} from './documenter-report-html';

export type RuleTableKind = 'description' | 'scope' | 'join' | 'transformations';

/** One rule's full section: its h5 heading and the tables that follow it up to the next heading. */
export interface RuleSection {
  heading: HtmlElement;
  headingText: SourceText;
  tables: Partial<Record<RuleTableKind, HtmlElement>>;
  /** The last table of the section, whatever its kind: where the rule's range ends. */
  lastTable: HtmlElement | null;
}

export interface ReportOutline {
  title: string | null;
  /** How many "Synchronization Rules" headings (one per connector) were found. */
  ruleListCount: number;
  sections: RuleSection[];
}

const TABLE_TITLES: Record<string, RuleTableKind> = {
  description: 'description',
  'scoping filter': 'scope',
  'join rules': 'join',
  transformations: 'transformations',
};

const RULE_LIST_HEADING = 'synchronization rules';

/**
 * Finds the rule sections that carry a rule's full detail. The report names every rule several times (table of
 * contents, provisioning/join summaries, end-to-end flows); only the h5 sections under a connector's
 * "Synchronization Rules" h3 hold all four tables, so those are the ones read. The summaries also leave out
 * disabled rules, which is one more reason not to read them.
 */
export function outlineReport(document: HtmlDocument, html: string): ReportOutline {
  const outline: ReportOutline = { title: null, ruleListCount: 0, sections: [] };
  let inRuleList = false;
  let current: RuleSection | null = null;

  const visit = (nodes: HtmlNode[]): void => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      const name = node.name;
      if (name === 'title') {
        outline.title ??= textOf(node, html).value.trim();
        continue;
      }
      // Script fragments and inline code are text for other readers; they may even look like markup.
      if (name === 'script' || name === 'style' || (name === 'div' && hasClass(node, 'PowerShellScript'))) continue;

      const level = headingLevel(name);
      if (level !== null) {
        current = null;
        const text = textOf(node, html);
        if (level <= 3) {
          inRuleList = level === 3 && text.value.trim().toLowerCase() === RULE_LIST_HEADING;
          if (inRuleList) outline.ruleListCount++;
        } else if (level === 5 && inRuleList) {
          current = { heading: node, headingText: text, tables: {}, lastTable: null };
          outline.sections.push(current);
        }
        continue;
      }

      if (name === 'table') {
        if (current) {
          const kind = tableKind(node, html);
          if (kind && !current.tables[kind]) current.tables[kind] = node;
          current.lastTable = node;
        }
        continue;
      }
      visit(node.children);
    }
  };

  visit(document.children);
  return outline;
}

function headingLevel(name: string): number | null {
  return /^h[1-6]$/.test(name) ? Number(name[1]) : null;
}

/** A rule table says what it is in the single cell of its first header row. */
function tableKind(table: HtmlElement, html: string): RuleTableKind | null {
  const head = childElements(table, 'thead')[0];
  const firstRow = head ? childElements(head, 'tr')[0] : undefined;
  const titleCell = firstRow ? childElements(firstRow, 'th')[0] : undefined;
  if (!titleCell) return null;
  return TABLE_TITLES[textOf(titleCell, html).value.trim().toLowerCase()] ?? null;
}
