import type { Range } from 'vscode-languageserver-types';
import type { SyncRule } from '../../model/sync-rule';
import type { LineageView } from '../../protocol/lineage';
import { flowSummary } from '../navigation/rule-summary';
import { attributeLineage, scopeSummary } from './lineage';

const NOWHERE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The lineage as the editor's tree shows it: plain data, each flow with the place its destination is written. */
export function lineageView(rules: readonly SyncRule[], attribute: string, uriOf: (file: string) => string): LineageView {
  const lineage = attributeLineage(rules, attribute);
  return {
    attribute,
    files: new Set(rules.map((r) => r.file)).size,
    groups: lineage.groups.map((g) => ({
      target: g.target,
      direction: g.direction ?? null,
      ...(g.note ? { note: g.note } : {}),
      flows: g.entries.map((e) => ({
        rule: e.rule.name.value ?? e.rule.name.unresolved ?? '(unnamed rule)',
        precedence: e.precedence,
        connector: e.connector,
        summary: flowSummary(e.flow),
        scope: scopeSummary(e.rule),
        role: e.role,
        wins: e.wins,
        applied: e.applied,
        uri: uriOf(e.rule.file),
        range: e.flow.destination.range ?? e.flow.range ?? e.rule.selectionRange ?? NOWHERE,
      })),
    })),
  };
}
