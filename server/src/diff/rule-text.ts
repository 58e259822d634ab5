import { parseExpression } from '../expression/parser';
import { prettyPrint } from '../expression/print';
import type { AttributeFlow, JoinCondition, ScopeCondition, SyncRule } from '../model/sync-rule';
import { ENTRA_CONNECTOR_ID, UNSET_GUID } from '../model/well-known';
import { normalizeExpression } from './compare-rules';

export interface RuleTextOptions {
  /** The connector as the comparison names it; its GUID differs per server, so it is never shown. */
  connector?: string;
  /**
   * Spelling of names the comparison treats case-insensitively (lower-case → as shown): both sides of a
   * pair render with one spelling, so a case-only difference the diff ignores does not show either.
   */
  spelling?: ReadonlyMap<string, string>;
}

/** One line of the text and the compared field it shows (the `field` of a FieldChange; '' for layout). */
export interface RuleTextLine {
  field: string;
  text: string;
}

const HEADER = '# Normal form: Identifier, connector and placement GUIDs differ per server and are left out.';
const KEY_WIDTH = 26;
const FLOW_KEY_WIDTH = 16;
const INDENT = '    ';

/**
 * A rule as the diff compares it, one value per line in a fixed order, for a side-by-side view: the
 * values in the form the comparison uses (expressions in normal form, case-insensitive words in one
 * case, flows sorted by destination, clauses sorted inside their scope group, join groups in order).
 * Two rules the diff calls `same` render to the same text when both get the same options (the pair's
 * connector label and `sharedSpelling(primary, staging)`). One exception, on purpose: of two flows to one
 * destination the diff compares only the last, while the text shows both, so it can show what the diff missed.
 */
export function renderRuleText(rule: SyncRule, options: RuleTextOptions = {}): string {
  return renderRuleLines(rule, options).map((l) => l.text).join('\n') + '\n';
}

export function renderRuleLines(rule: SyncRule, options: RuleTextOptions = {}): RuleTextLine[] {
  const spell = (name: string | null) => (name === null ? '' : options.spelling?.get(name.toLowerCase()) ?? name);
  const out: RuleTextLine[] = [{ field: '', text: HEADER }];
  const prop = (field: string, key: string, value: string) => out.push({ field, text: `${(key + ':').padEnd(KEY_WIDTH)}${value}` });

  prop('name', 'Name', shown(rule.name.value));
  prop('connector', 'Connector', connectorText(options.connector ?? rule.connector.name.value));
  prop('direction', 'Direction', word(rule.direction.value, DIRECTIONS));
  prop('precedence', 'Precedence', rule.precedence.value === null ? '(none)' : String(rule.precedence.value));
  prop('precedenceAfter', 'PrecedenceAfter', placement(rule.precedenceAfter.value));
  prop('precedenceBefore', 'PrecedenceBefore', placement(rule.precedenceBefore.value));
  prop('sourceObjectType', 'SourceObjectType', shown(rule.sourceObjectType.value));
  prop('targetObjectType', 'TargetObjectType', shown(rule.targetObjectType.value));
  prop('linkType', 'LinkType', word(rule.linkType.value, LINK_TYPES));
  prop('immutableTag', 'ImmutableTag', shown(rule.immutableTag.value));
  prop('disabled', 'Disabled', String(rule.disabled.value));
  prop('enablePasswordSync', 'EnablePasswordSync', String(rule.enablePasswordSync.value));
  prop('softDeleteExpiryInterval', 'SoftDeleteExpiryInterval', timeSpan(rule.softDeleteExpiryInterval.value));
  const description = (rule.description.value ?? '').replace(/\r\n/g, '\n').trim();
  if (description === '') prop('description', 'Description', '(none)');
  else {
    out.push({ field: 'description', text: 'Description:' });
    for (const line of description.split('\n')) out.push({ field: 'description', text: INDENT + line });
  }

  rule.scopeGroups.forEach((g, k) => {
    const field = `scopeGroups[${k + 1}]`;
    out.push({ field: '', text: '' }, { field, text: `ScopeGroup ${k + 1}` });
    const clauses = g.conditions.map((c) => ({ key: scopeKey(c), text: `${spell(c.attribute.value)} ${(c.operator.value ?? '').toUpperCase()} ${JSON.stringify(c.value.value ?? '')}` }));
    for (const c of clauses.sort(byKey)) out.push({ field, text: INDENT + c.text });
  });
  rule.joinGroups.forEach((g, k) => {
    const field = `joinGroups[${k + 1}]`;
    out.push({ field: '', text: '' }, { field, text: `JoinGroup ${k + 1}` });
    const conditions = g.conditions.map((c) => ({ key: joinKey(c), text: `${spell(c.csAttribute.value)} = ${spell(c.mvAttribute.value)}${c.caseSensitive.value ? ' (case-sensitive)' : ''}` }));
    for (const c of conditions.sort(byKey)) out.push({ field, text: INDENT + c.text });
  });

  const flows = rule.flows.map((f) => flowLines(f, spell));
  flows.sort((a, b) => byKey(a, b) || byKey({ key: a.lines.map((l) => l.text).join('\n') }, { key: b.lines.map((l) => l.text).join('\n') }));
  for (const f of flows) out.push({ field: '', text: '' }, ...f.lines);
  return out;
}

function flowLines(f: AttributeFlow, spell: (name: string | null) => string): { key: string; lines: RuleTextLine[] } {
  // The field names are compareRules' own: `flows[<destination as written>].<part>`.
  const field = `flows[${f.destination.value}]`;
  const type = (f.flowType.value ?? '').toLowerCase();
  const lines: RuleTextLine[] = [{ field, text: `Flow ${spell(f.destination.value)}` }];
  const prop = (part: string, key: string, value: string) => lines.push({ field: `${field}.${part}`, text: `${INDENT}${(key + ':').padEnd(FLOW_KEY_WIDTH)}${value}` });
  prop('flowType', 'FlowType', word(f.flowType.value, FLOW_TYPES));
  // The defaults (Update, every run) go unsaid: most flows have them, and a difference still shows as a line.
  const merge = word(f.valueMergeType.value ?? 'Update', MERGE_TYPES);
  if (merge !== 'Update') prop('valueMergeType', 'ValueMergeType', merge);
  if (f.executeOnce.value) prop('executeOnce', 'ExecuteOnce', 'true');
  // An Expression flow's sources only restate its expression's attributes; the comparison skips them.
  if (type !== 'expression') prop('sources', 'Sources', f.sources.value.length ? f.sources.value.map((s) => JSON.stringify(s)).join(', ') : '(none)');
  if (f.expression.value !== null) {
    lines.push({ field: `${field}.expression`, text: `${INDENT}Expression:` });
    for (const line of expressionLines(f.expression.value)) lines.push({ field: `${field}.expression`, text: INDENT + INDENT + line });
  }
  return { key: (f.destination.value ?? '').toLowerCase(), lines };
}

/**
 * The normal form laid out over lines. Printing is a function of the normal-form string alone (it is
 * parsed again), so expressions the comparison calls equal print the same.
 */
function expressionLines(text: string): string[] {
  const normal = normalizeExpression(text);
  const reparsed = parseExpression(normal);
  // An expression that does not parse compares by its text without whitespace: show exactly that.
  if (reparsed.problems.length) return [normal, '(does not parse: compared without whitespace)'];
  return prettyPrint(reparsed.root).split('\n');
}

const DIRECTIONS = words('Inbound', 'Outbound');
const LINK_TYPES = words('Join', 'Provision', 'StickyJoin');
const FLOW_TYPES = words('Direct', 'Constant', 'Expression');
// Replace is the same merge as Update (DOC-DECL), and the comparison treats it so.
const MERGE_TYPES = new Map([...words('Update', 'Merge', 'MergeCaseInsensitive'), ['replace', 'Update']]);

function words(...list: string[]): Map<string, string> {
  return new Map(list.map((w) => [w.toLowerCase(), w]));
}

/** A word the comparison reads case-insensitively, in its usual spelling (an unknown one in lower case). */
function word(value: string | null, known: Map<string, string>): string {
  if (value === null) return '(none)';
  return known.get(value.toLowerCase()) ?? value.toLowerCase();
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A connector by name; one known only by its GUID is not shown by it, since the GUID differs per server. */
function connectorText(label: string | null | undefined): string {
  if (!label) return '(known by GUID only)';
  if (label.toLowerCase() === ENTRA_CONNECTOR_ID) return 'Entra ID connector';
  return GUID.test(label) ? '(known by GUID only)' : label;
}

function shown(value: string | null): string {
  return value === null || value === '' ? '(none)' : value;
}

/** Placement GUIDs name another rule of the same server: only whether the rule is placed relatively compares. */
function placement(guid: string | null): string {
  return guid === null || guid === '' || guid === UNSET_GUID ? '(none)' : '(relative to another rule; its GUID differs per server)';
}

/** 0 ticks, `00:00:00` and an absent value all mean "no soft-delete expiry" (as in the comparison). */
function timeSpan(v: string | null): string {
  return v === null || v === '' || /^0+(:00:00)?$/.test(v) ? '00:00:00' : v;
}

function scopeKey(c: ScopeCondition): string {
  return JSON.stringify([(c.attribute.value ?? '').toLowerCase(), (c.operator.value ?? '').toUpperCase(), c.value.value ?? '']);
}

function joinKey(c: JoinCondition): string {
  return JSON.stringify([(c.csAttribute.value ?? '').toLowerCase(), (c.mvAttribute.value ?? '').toLowerCase(), c.caseSensitive.value]);
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * One spelling for every name the comparison reads case-insensitively (flow destinations, scope and
 * join attributes), taken from the first rule that writes it: pass the primary rule first.
 */
export function sharedSpelling(...rules: (SyncRule | undefined)[]): Map<string, string> {
  const spelling = new Map<string, string>();
  const add = (name: string | null) => {
    if (name && !spelling.has(name.toLowerCase())) spelling.set(name.toLowerCase(), name);
  };
  for (const rule of rules) {
    if (!rule) continue;
    for (const f of rule.flows) add(f.destination.value);
    for (const g of rule.scopeGroups) for (const c of g.conditions) add(c.attribute.value);
    for (const g of rule.joinGroups) for (const c of g.conditions) {
      add(c.csAttribute.value);
      add(c.mvAttribute.value);
    }
  }
  return spelling;
}
