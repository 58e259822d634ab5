import { readExpression } from '../expression/expression-cache';
import { prettyPrint } from '../expression/print';
import type { DiffStatus, FieldChange } from './types';

/** A value as a report shows it: monospace or prose, already laid out over lines when long. */
export interface DisplayValue {
  text: string;
  code: boolean;
}

/** Longer than this, or over several lines, a value gets a block of its own instead of a table cell. */
export const LONG = 80;

export function isLong(v: DisplayValue): boolean {
  return v.text.length > LONG || v.text.includes('\n');
}

export const STATUS_TITLES: Record<DiffStatus, string> = {
  changed: 'Changed',
  onlyInPrimary: 'Only on primary',
  onlyInStaging: 'Only on staging',
  drift: 'Drift (out-of-box rules renumbered by the wizard)',
  same: 'Same',
};

const SETTING_LABELS: Record<string, string> = {
  'Microsoft.SynchronizationOption.AnchorAttribute': 'sourceAnchor attribute',
  'Microsoft.SynchronizationOption.UPNAttribute': 'UPN attribute',
  'Microsoft.SynchronizationOption.JoinCriteria': 'user join criteria',
  'Microsoft.Synchronize.ServerConfigurationVersion': 'server version',
  'Microsoft.DirectoryExtension.SourceTargetAttributesMap': 'directory extension attributes',
};

export function settingLabel(name: string): string {
  const known = SETTING_LABELS[name];
  if (known) return known;
  const feature = /^Microsoft\.OptionalFeature\.(.+)$/.exec(name);
  return feature ? `optional feature ${feature[1]}` : name;
}

/** One side of a field change, in words a person reads (the JSON output keeps the raw values). */
export function displayValue(change: FieldChange, side: 'primary' | 'staging'): DisplayValue {
  const v = change[side];
  const field = change.field;
  if (v === null || v === undefined) return { text: absent(field), code: false };
  if (/\.expression$/.test(field) && typeof v === 'string') return { text: expression(v), code: true };
  if (/^flows\[[^\]]*\]$/.test(field)) return { text: flow(v as Record<string, unknown>), code: true };
  if (/^scopeGroups\[/.test(field)) return { text: clauses(v as unknown[][], (c) => `${c[0]} ${c[1]} ${JSON.stringify(c[2])}`), code: true };
  if (/^joinGroups\[/.test(field)) return { text: clauses(v as unknown[][], (c) => `${c[0]} = ${c[1]}${c[2] ? ' (case-sensitive)' : ''}`), code: true };
  if (field === 'precedenceAfter' || field === 'precedenceBefore') return { text: v ? 'placed relative to another rule' : 'not placed', code: false };
  if (Array.isArray(v)) return { text: v.join(', '), code: true };
  if (typeof v === 'string') return { text: v, code: field !== 'description' && v !== '' };
  return { text: String(v), code: false };
}

function absent(field: string): string {
  if (/^flows\[[^\]]*\]$/.test(field)) return '(no such flow)';
  if (/^(scope|join)Groups\[/.test(field)) return '(no such group)';
  return '(not set)';
}

/** A long expression is laid out over lines by its own printer, so the two sides read side by side. */
function expression(text: string): string {
  if (text.length <= LONG) return text;
  const parsed = readExpression(text);
  return parsed.problems.length ? text : prettyPrint(parsed.root, LONG, '  ');
}

function flow(f: Record<string, unknown>): string {
  const kind = `${f.flowType ?? 'flow'}${f.executeOnce ? ', apply once' : ''}${f.valueMergeType && f.valueMergeType !== 'update' ? `, ${f.valueMergeType}` : ''}`;
  const body = typeof f.expression === 'string' ? expression(f.expression) : Array.isArray(f.sources) ? f.sources.join(', ') : '';
  return `${kind}: ${body}`;
}

function clauses(list: unknown[][], show: (c: unknown[]) => string): string {
  return list.length ? list.map(show).join('\nAND ') : '(empty group)';
}

/** The one line a drifted rule gets: what the wizard renumbered. */
export function driftDetail(changes: FieldChange[]): string {
  return changes
    .map((c) => (c.field === 'precedence' ? `precedence ${c.primary} → ${c.staging}` : c.field === 'immutableTag' ? `tag ${c.primary} → ${c.staging}` : c.field))
    .join('; ');
}
