import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { isStandardRule, type SyncRule } from '../../model/sync-rule';
import type { NavigationDocument } from './navigation-document';
import { flowSummary, joinConditionText, ruleDetail, scopeConditionText, shorten } from './rule-summary';

/**
 * The outline: one symbol per rule (a custom rule is a Class, a standard one a Struct — fixed, shipped
 * by Microsoft), with its flows, scope groups and join groups as children in the rule's order.
 */
export function documentSymbols(doc: NavigationDocument): DocumentSymbol[] {
  return doc.rules.map(ruleSymbol);
}

function ruleSymbol(rule: SyncRule): DocumentSymbol {
  const flows = rule.flows.map<DocumentSymbol>((f) =>
    symbol(flowSummary(f), SymbolKind.Property, f.range, f.destination.range, f.flowType.value ?? undefined),
  );
  const scopes = rule.scopeGroups.map((g, k) =>
    symbol(`scope group ${k + 1}`, SymbolKind.Namespace, span(g.range, g.conditions), g.range, shorten(g.conditions.map(scopeConditionText).join(' AND ')),
      g.conditions.map((c) => symbol(scopeConditionText(c), SymbolKind.Boolean, c.range))),
  );
  const joins = rule.joinGroups.map((g, k) =>
    symbol(`join group ${k + 1}`, SymbolKind.Namespace, span(g.range, g.conditions), g.range, shorten(g.conditions.map(joinConditionText).join(' AND ')),
      g.conditions.map((c) => symbol(joinConditionText(c), SymbolKind.Key, c.range))),
  );
  return symbol(rule.name.value ?? rule.name.unresolved ?? '(unnamed rule)', isStandardRule(rule) ? SymbolKind.Struct : SymbolKind.Class,
    rule.range, rule.selectionRange, ruleDetail(rule), [...flows, ...scopes, ...joins]);
}

/** The protocol wants the selection inside the range; a value read from elsewhere falls back to the start of the range. */
function symbol(name: string, kind: SymbolKind, range: Range, selection?: Range, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const selectionRange = selection && within(selection, range) ? selection : { start: range.start, end: range.start };
  return { name: name || '?', kind, range, selectionRange, detail, children };
}

/** A group's conditions are built by the New-Object commands before it: the group symbol spans them too. */
function span(group: Range, conditions: readonly { range: Range }[]): Range {
  return conditions.reduce<Range>(
    (all, c) => ({ start: before(c.range.start, all.start) ? c.range.start : all.start, end: before(all.end, c.range.end) ? c.range.end : all.end }),
    group,
  );
}

function within(inner: Range, outer: Range): boolean {
  return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
