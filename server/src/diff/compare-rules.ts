import { readExpression } from '../expression/expression-cache';
import { normalForm } from '../expression/print';
import type { AttributeFlow, JoinGroup, ScopeGroup, SyncRule } from '../model/sync-rule';
import type { FieldChange } from './types';
import { UNSET_GUID } from '../model/well-known';
import { addTo } from '../model/multimap';

/**
 * Field-level differences between two versions of one rule. Identifier, InternalId, Version and the
 * connector GUID differ between servers by nature and are not compared; expressions compare by normal
 * form, scope groups as ordered lists of sets, join groups in order, flows by destination.
 */
export function compareRules(p: SyncRule, s: SyncRule): FieldChange[] {
  const changes: FieldChange[] = [];
  const field = (name: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ field: name, primary: a, staging: b });
  };
  field('name', p.name.value, s.name.value);
  field('description', text(p.description.value), text(s.description.value));
  field('direction', lower(p.direction.value), lower(s.direction.value));
  field('precedence', p.precedence.value, s.precedence.value);
  // Placement GUIDs name rules of one server: only whether a rule is placed relatively can be compared.
  field('precedenceAfter', placed(p.precedenceAfter.value), placed(s.precedenceAfter.value));
  field('precedenceBefore', placed(p.precedenceBefore.value), placed(s.precedenceBefore.value));
  field('sourceObjectType', p.sourceObjectType.value, s.sourceObjectType.value);
  field('targetObjectType', p.targetObjectType.value, s.targetObjectType.value);
  field('linkType', lower(p.linkType.value), lower(s.linkType.value));
  field('immutableTag', p.immutableTag.value ?? '', s.immutableTag.value ?? '');
  field('disabled', p.disabled.value, s.disabled.value);
  field('enablePasswordSync', p.enablePasswordSync.value, s.enablePasswordSync.value);
  field('softDeleteExpiryInterval', timeSpan(p.softDeleteExpiryInterval.value), timeSpan(s.softDeleteExpiryInterval.value));
  compareFlows(p.flows, s.flows, changes);
  compareGroups('scopeGroups', p.scopeGroups.map(scopeGroupKey), s.scopeGroups.map(scopeGroupKey), changes);
  compareGroups('joinGroups', p.joinGroups.map(joinGroupKey), s.joinGroups.map(joinGroupKey), changes);
  return changes;
}

function compareFlows(a: AttributeFlow[], b: AttributeFlow[], changes: FieldChange[]) {
  // A rule may flow one destination more than once (AADC017 says so); the n-th flows to it are paired.
  const byDestination = (flows: AttributeFlow[]) => {
    const map = new Map<string, AttributeFlow[]>();
    for (const f of flows) {
      const key = (f.destination.value ?? '').toLowerCase();
      addTo(map, key, f);
    }
    return map;
  };
  const pa = byDestination(a);
  const sb = byDestination(b);
  for (const [dest, list] of pa) {
    const others = sb.get(dest) ?? [];
    list.forEach((f, k) => {
      const name = `flows[${f.destination.value}${k > 0 ? `#${k + 1}` : ''}]`;
      const g = others[k];
      if (!g) {
        changes.push({ field: name, primary: describeFlow(f), staging: null });
        return;
      }
      const fa = flowKey(f);
      const fb = flowKey(g);
      for (const key of Object.keys(fa) as (keyof typeof fa)[]) {
        if (JSON.stringify(fa[key]) !== JSON.stringify(fb[key])) changes.push({ field: `${name}.${key}`, primary: fa[key], staging: fb[key] });
      }
    });
  }
  for (const [dest, list] of sb) {
    const mine = pa.get(dest) ?? [];
    list.slice(mine.length).forEach((g, k) => {
      const n = mine.length + k;
      changes.push({ field: `flows[${g.destination.value}${n > 0 ? `#${n + 1}` : ''}]`, primary: null, staging: describeFlow(g) });
    });
  }
}

/** What a flow does, in forms that compare equal when the engine would behave the same. */
function flowKey(f: AttributeFlow) {
  const type = lower(f.flowType.value);
  return {
    flowType: type,
    // Update and Replace are the same merge (DOC-DECL: Replace "is the same as Update").
    valueMergeType: lower(f.valueMergeType.value)?.replace(/^replace$/, 'update') ?? 'update',
    executeOnce: f.executeOnce.value,
    // An Expression flow's source list only restates the attributes of its expression (and formats disagree about it).
    sources: type === 'expression' ? undefined : f.sources.value,
    expression: f.expression.value === null ? null : normalizeExpression(f.expression.value),
  };
}

function describeFlow(f: AttributeFlow) {
  return { destination: f.destination.value, ...flowKey(f) };
}

export function normalizeExpression(text: string): string {
  const parsed = readExpression(text);
  // A broken expression compares by its text without whitespace (it cannot be normalised).
  return parsed.problems.length ? text.replace(/\s+/g, '') : normalForm(parsed.root);
}

/** A scope group is a set of clauses: their order inside the group means nothing to the engine. */
function scopeGroupKey(g: ScopeGroup): string {
  return g.conditions
    .map((c) => JSON.stringify([(c.attribute.value ?? '').toLowerCase(), (c.operator.value ?? '').toUpperCase(), c.value.value ?? '']))
    .sort()
    .join('&');
}

/** Join groups are tried in order; inside a group every condition must hold, so their order does not matter. */
function joinGroupKey(g: JoinGroup): string {
  return g.conditions
    .map((c) => JSON.stringify([(c.csAttribute.value ?? '').toLowerCase(), (c.mvAttribute.value ?? '').toLowerCase(), c.caseSensitive.value]))
    .sort()
    .join('&');
}

function compareGroups(name: string, a: string[], b: string[], changes: FieldChange[]) {
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) {
    if (a[k] !== b[k]) changes.push({ field: `${name}[${k + 1}]`, primary: readable(a[k]), staging: readable(b[k]) });
  }
}

function readable(key: string | undefined): unknown {
  if (key === undefined) return null;
  return key === '' ? [] : key.split('&').map((c) => JSON.parse(c));
}

function lower(v: string | null): string | null {
  return v === null ? null : v.toLowerCase();
}

function text(v: string | null): string {
  return (v ?? '').replace(/\r\n/g, '\n').trim();
}

function placed(guid: string | null): boolean {
  return guid !== null && guid !== UNSET_GUID && guid !== '';
}

/** 0 ticks, `00:00:00` and an absent value all mean "no soft-delete expiry". */
function timeSpan(v: string | null): string {
  return v === null || v === '' || /^0+(:00:00)?$/.test(v) ? '00:00:00' : v;
}
