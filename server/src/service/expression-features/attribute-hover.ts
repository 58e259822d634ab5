import type { SyncRule } from '../../model/sync-rule';
import { attributeIndex, type AttributeUse } from './attribute-index';
import type { ExpressionDocument } from './expression-document';
import { escapeMarkdown, inlineCode } from './markdown';
import { addTo } from '../../model/multimap';

/** Long lists are cut: the hover is a glance, the outline and lint show everything. */
const MAX_RULES_PER_LIST = 10;

/**
 * Which rules of this document read and write an attribute: "Read by: <rule> → <destinations>",
 * "Written by: <rule>", and where scope and join conditions test it.
 */
export function attributeHoverMarkdown(doc: ExpressionDocument, name: string): string {
  return attributeUsesMarkdown(name, attributeIndex(doc).get(name) ?? []);
}

/** The same account for uses someone else picked (navigation keeps only those on the attribute's own side). */
export function attributeUsesMarkdown(name: string, uses: readonly AttributeUse[], note?: string): string {
  const reads = byRule(uses.filter((u) => u.role === 'read'));
  const sections = [`Attribute ${inlineCode(`[${name}]`)}`];
  if (note) sections.push(note);
  sections.push(section('Read by', [...reads].map(([rule, list]) => `${ruleName(rule)} → ${destinations(list)}`)));
  sections.push(section('Written by', [...byRule(uses.filter((u) => u.role === 'write')).keys()].map(ruleName)));
  const scoped = [...byRule(uses.filter((u) => u.role === 'scope')).keys()].map(ruleName);
  if (scoped.length) sections.push(section('In the scope of', scoped));
  const joined = [...byRule(uses.filter((u) => u.role === 'join')).keys()].map(ruleName);
  if (joined.length) sections.push(section('Joins on it', joined));
  return sections.join('\n\n');
}

function byRule(uses: AttributeUse[]): Map<SyncRule, AttributeUse[]> {
  const out = new Map<SyncRule, AttributeUse[]>();
  for (const u of uses) addTo(out, u.rule, u);
  return out;
}

function destinations(uses: AttributeUse[]): string {
  const names = [...new Set(uses.map((u) => u.flow?.destination.value ?? '?'))];
  return names.map(escapeMarkdown).join(', ');
}

/** A name the reader could not resolve (`-Name $name`) is shown as written. */
function ruleName(rule: SyncRule): string {
  if (rule.name.value !== null) return escapeMarkdown(rule.name.value);
  return rule.name.unresolved ? inlineCode(rule.name.unresolved) : '*(unnamed rule)*';
}

function section(title: string, entries: string[]): string {
  if (entries.length === 0) return `${title}: no rule in this document.`;
  const shown = entries.slice(0, MAX_RULES_PER_LIST).map((e) => `- ${e}`);
  if (entries.length > MAX_RULES_PER_LIST) shown.push(`- … and ${entries.length - MAX_RULES_PER_LIST} more`);
  return `${title}:\n${shown.join('\n')}`;
}
