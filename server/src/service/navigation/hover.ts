import { flowLineageMarkdown } from '../lineage/lineage-hover';
import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import { outOfBox } from '../../catalog/out-of-box';
import { CMDLETS, FLOW_MANDATORY } from '../../formats/powershell/cmdlet-catalog';
import { ENTRA_CONNECTOR_ID } from '../../model/well-known';
import type { SyncRule } from '../../model/sync-rule';
import type { Command, ParameterArgument } from '../../syntax/ast';
import type { NavigationDocument } from './navigation-document';
import { OPERATOR_DOCS } from './operator-docs';
import { attributeUsesMarkdown } from '../expression-features/attribute-hover';
import { inlineCode } from '../expression-features/markdown';
import { sameAttribute, type AttributeOccurrence } from './attribute-occurrences';
import { attributeAt, documentOccurrences } from './attribute-references';
import { PARAMETER_DOCS } from './parameter-docs';
import { offsetAt, rangeContains } from './positions';
import { contains, walkScript } from './script-walk';

/** How the last primary/staging comparison found a rule (Markdown), if it compared this file. */
export type ComparedStatus = (rule: SyncRule) => string | undefined;

/**
 * Hover outside expressions: a rule's summary on its name, what a sync cmdlet parameter means on its
 * name, what a scope operator tests on its value, which rules read and write an attribute on a
 * -Source, -Destination or condition attribute. Expression hovers are asked first by the adapter.
 */
export function navigationHover(doc: NavigationDocument, position: Position, compared?: ComparedStatus): Hover | null {
  for (const rule of doc.rules) {
    if (!rangeContains(rule.range, position)) continue;
    if (rangeContains(rule.name.range, position)) {
      const status = compared?.(rule);
      return markdown(ruleSummary(rule) + (status ? `\n\n${status}` : ''), rule.name.range);
    }
    for (const group of rule.scopeGroups)
      for (const c of group.conditions) {
        const doc = c.operator.value !== null ? OPERATOR_DOCS[c.operator.value] : undefined;
        if (doc && rangeContains(c.operator.range, position)) return markdown(`**${c.operator.value}** (scope operator)\n\n${doc}`, c.operator.range);
      }
  }
  const attribute = attributeAt(doc, position);
  if (attribute) return markdown(attributeHover(doc, attribute), attribute.range);
  return parameterHover(doc, position);
}

function ruleSummary(rule: SyncRule): string {
  const v = <T>(x: { value: T | null; unresolved?: string }) => (x.value !== null ? String(x.value) : x.unresolved ? `\`${x.unresolved}\`` : '?');
  const lines = [
    `**${rule.name.value ?? rule.name.unresolved ?? '(unnamed rule)'}**${rule.disabled.value ? ' (disabled)' : ''}`,
    `${v(rule.direction)} · ${v(rule.sourceObjectType)} → ${v(rule.targetObjectType)} · link type ${v(rule.linkType)} · precedence ${v(rule.precedence)}`,
    `Connector: ${connectorText(rule)}`,
    standardText(rule),
  ];
  return lines.join('\n\n');
}

function connectorText(rule: SyncRule): string {
  const id = rule.connector.id.value;
  const name = rule.connector.name.value;
  if (id === ENTRA_CONNECTOR_ID) return `Entra ID (\`${id}\`)`;
  if (name && id) return `${name} (\`${id}\`)`;
  if (name || id) return name ?? `\`${id}\``;
  return rule.connector.id.unresolved ? `\`${rule.connector.id.unresolved}\`` : 'unknown';
}

function standardText(rule: SyncRule): string {
  const tag = rule.immutableTag.value;
  const found = outOfBox.tag(tag);
  switch (found.kind) {
    case 'known':
      return `Standard rule \`${tag}\`, known to the out-of-box catalogue.`;
    case 'unknown-version':
      return `Standard rule \`${tag}\`: the catalogue knows the rule but not this version.`;
    case 'unknown-tag':
      return `Standard tag \`${tag}\` that the out-of-box catalogue does not know.`;
    case 'not-standard':
      return 'Custom rule (no `Microsoft.` tag).';
  }
}

function parameterHover(doc: NavigationDocument, position: Position): Hover | null {
  if (!doc.script) return null;
  const offset = offsetAt(doc.lines, position);
  let hit: { command: Command; arg: ParameterArgument } | undefined;
  walkScript(doc.script, {
    command(command) {
      for (const arg of command.args) if (arg.kind === 'parameter' && contains({ start: arg.start, end: arg.nameSpan.end }, offset)) hit = { command, arg };
    },
  });
  if (!hit) return null;
  const spec = CMDLETS[hit.command.name.toLowerCase()];
  const name = spec && canonicalParameter(spec.parameters, hit.arg.name);
  const entry = name && PARAMETER_DOCS[name];
  if (!spec || !name || !entry) return null;
  const parts = [`**-${name}** of ${spec.name}${isMandatory(spec.name, spec.mandatory, name) ? ' (mandatory)' : ''}`, entry.text];
  if (entry.values) parts.push(`Values: ${entry.values.map((x) => `\`${x}\``).join(' · ')}`);
  return markdown(parts.join('\n\n'), doc.lines.rangeOf(hit.arg.start, hit.arg.nameSpan.end));
}

/** The catalogue lists a flow's Destination and FlowType apart: without them the cmdlet prompts, which a script cannot answer. */
function isMandatory(cmdlet: string, mandatory: readonly string[], name: string): boolean {
  return mandatory.includes(name) || (cmdlet === 'Add-ADSyncAttributeFlowMapping' && FLOW_MANDATORY.includes(name));
}

/** PowerShell binds a parameter by its name or any unique prefix, case-insensitively. */
function canonicalParameter(parameters: readonly string[], written: string): string | undefined {
  const lower = written.toLowerCase();
  const exact = parameters.find((p) => p.toLowerCase() === lower);
  if (exact) return exact;
  const prefixed = parameters.filter((p) => p.toLowerCase().startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

function markdown(value: string, range: Range | undefined): Hover {
  return range ? { contents: { kind: MarkupKind.Markdown, value }, range } : { contents: { kind: MarkupKind.Markdown, value } };
}

/** Which rules of this file read, write, scope or join on the attribute, on its own side only, and which side that is. */
function attributeHover(doc: NavigationDocument, at: AttributeOccurrence): string {
  const name = doc.text.slice(doc.lines.offsetAt(at.range.start), doc.lines.offsetAt(at.range.end));
  const connector = at.rule.connector.name.value ?? at.rule.connector.id.value;
  const side = at.side === 'mv' ? 'Metaverse attribute.' : at.side === 'cs' ? `Connector-space attribute${connector ? ` of ${inlineCode(connector)}` : ''}.` : undefined;
  const uses = documentOccurrences(doc).filter((o) => sameAttribute(o, at));
  const lineage = at.role === 'write' && at.flow ? flowLineageMarkdown(doc.rules, at.flow, name) : undefined;
  return attributeUsesMarkdown(name, uses, [side, lineage].filter(Boolean).join('\n\n') || undefined);
}
