import type { AttributeFlow, SyncRule } from '../../model/sync-rule';
import { escapeMarkdown, inlineCode } from '../expression-features/markdown';
import { attributeLineage } from './lineage';

/** On a flow's destination: how many flows of the document write it, and what this one does among them. */
export function flowLineageMarkdown(rules: readonly SyncRule[], flow: AttributeFlow, name: string): string | undefined {
  const lineage = attributeLineage(rules, name);
  const group = lineage.groups.find((g) => g.entries.some((e) => e.flow === flow));
  const entry = group?.entries.find((e) => e.flow === flow);
  if (!group || !entry) return undefined;
  const count = lineage.groups.reduce((n, g) => n + g.entries.length, 0);
  const head = `${count} flow${count === 1 ? '' : 's'} in this document write${count === 1 ? 's' : ''} ${inlineCode(name)}. Into ${escapeMarkdown(group.target)} this one is ${ordinal(group.entries.indexOf(entry) + 1)} of ${group.entries.length} in the engine's order: ${escapeMarkdown(entry.role)}.`;
  return `${head} \`adsync-rules lineage ${name} <inputs>\` lists them across files.`;
}

function ordinal(n: number): string {
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}
