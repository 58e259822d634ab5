import type { Range } from 'vscode-languageserver-types';
import type * as A from '../../syntax/ast';
import type { ParsedScript } from '../../syntax/parse-script';
import type { LineIndex } from '../../model/line-index';
import { located, type Located } from '../../model/located';
import type { AttributeFlow, JoinCondition, ScopeCondition, SyncRule } from '../../model/sync-rule';
import { bindArguments, type BoundArgument } from './argument-binding';
import { CMDLETS, FLOW_MANDATORY, JOIN_CONDITION_TYPE, SCOPE_CONDITION_TYPE, type CmdletSpec } from './cmdlet-catalog';
import { Environment, singleValue, type Resolution, type VariableContent } from './values';
import { ruleGroups, sameContent, type BoundGroup } from './rule-groups';
import { movedLines } from '../../model/moved-lines';
import { normalizeGuid, ticksToTimeSpan } from '../normalize';

export interface BindingFinding {
  start: number;
  end: number;
  message: string;
  severity: 'error' | 'warning';
}

type PendingCondition =
  | { kind: 'scope'; condition: ScopeCondition; start: number; end: number }
  | { kind: 'join'; condition: JoinCondition; start: number; end: number };

interface RuleInProgress {
  rule: SyncRule;
  start: number;
  end: number;
  /** Taken over from the reading before an edit: already finished. */
  takenOver?: boolean;
}

/** A rule of the previous binding and its copy in this one, `lines` further down (or up). */
export interface MovedRule {
  from: SyncRule;
  to: SyncRule;
  lines: number;
}

/** How the text being bound relates to the text of the previous binding: unchanged characters at both ends. */
type UnchangedEnds = NonNullable<ParsedScript['edit']>;

/** Bindings made before giving up on taking groups over (each binds afresh the groups found reached into). */
const MAX_ATTEMPTS = 3;

/** Where the groups bound so far are: which group made each rule, which group last set each variable. */
interface GroupContext {
  groupOfRule: number[];
  writer: Map<string, number>;
  takenOver: boolean[];
}

/** The binding of the text before an edit, which the next binding may take groups from. */
export interface PreviousBinding {
  groups: readonly BoundGroup[];
  edit: UnchangedEnds;
}

/**
 * Replays a script's rule-building commands the way the engine would, without running anything:
 * `New-ADSyncRule -OutVariable syncRule` opens a rule, mapping and group cmdlets add to the rule held
 * in the variable they name, `New-Object … -OutVariable conditionN` fills condition slots that each
 * group consumes, and `Add-ADSyncRule` commits.
 *
 * The commands are bound one rule group at a time (ruleGroups), and each group's result is kept: after
 * an edit, a group whose statements the parser kept, that reads what it read before and that lies
 * wholly before or after the changed characters is taken over instead of bound again.
 */
export class RuleBinder {
  readonly rules: RuleInProgress[] = [];
  readonly findings: BindingFinding[] = [];
  /** What each rule group gave, for the binding after the next edit. */
  groups: BoundGroup[] = [];
  /** Rules taken over from the previous binding as copies moved by lines the edit added or removed. */
  readonly moved: MovedRule[] = [];
  private env: Environment;
  private readonly conditions: PendingCondition[] = [];
  /** The command being bound passes some parameters through a splatted hashtable. */
  private splatted = false;
  /** The first rule of the group being bound; a use of an earlier one makes the group open. */
  private groupFirstRule = 0;
  private usedEarlierRule = false;

  constructor(private readonly file: string, private readonly text: string, private readonly lines: LineIndex) {
    this.env = new Environment(text);
  }

  bind(statements: A.Statement[], previous?: PreviousBinding): SyncRule[] {
    // A group the edit made open reached into groups taken over: bind again with those bound afresh too.
    const alsoAgain = new Set<A.Statement>();
    let bound = this.bindGroups(statements, previous, alsoAgain);
    for (let attempt = 1; bound !== true; attempt++) {
      this.rules.length = 0;
      this.findings.length = 0;
      this.conditions.length = 0;
      this.moved.length = 0;
      this.env = new Environment(this.text);
      for (const s of bound) alsoAgain.add(s);
      bound = this.bindGroups(statements, attempt < MAX_ATTEMPTS ? previous : undefined, alsoAgain);
    }
    for (const r of this.rules) {
      if (!r.rule.committed) {
        const at = r.rule.selectionRange;
        this.findings.push({
          ...this.offsets(at),
          severity: 'warning',
          message: `Rule ${describe(r.rule)} is never added: no Add-ADSyncRule -SynchronizationRule follows its New-ADSyncRule, so running the script creates nothing.`,
        });
      }
      if (!r.takenOver) r.rule.range = this.range(r.start, r.end);
    }
    return this.rules.map((r) => r.rule);
  }

  /**
   * True, or the first statements of the groups taken over that a group bound now reached into: their
   * rules were changed by it, so the binding is made again with them bound afresh.
   */
  private bindGroups(statements: A.Statement[], previous: PreviousBinding | undefined, alsoAgain: ReadonlySet<A.Statement>): true | A.Statement[] {
    this.groups = [];
    const before = previous ? new Map(previous.groups.map((g) => [g.statements[0], g])) : undefined;
    // A group that reached into others is bound again with them, so that it changes their new rules.
    const bindAgain = new Set<A.Statement>(alsoAgain);
    for (const g of previous?.groups ?? []) if (g.open) for (const s of [g.statements[0], ...g.touches]) bindAgain.add(s);
    const context: GroupContext = { groupOfRule: [], writer: new Map(), takenOver: [] };
    for (const group of ruleGroups(statements)) {
      const old = bindAgain.has(group[0]) ? undefined : before?.get(group[0]);
      const moved = old && this.canTakeOver(old, group, previous!.edit);
      const bound = moved ? this.takeOver(old, moved) : this.bindGroup(group, context);
      const reached = bound.touches.filter((s) => context.takenOver[this.groups.findIndex((g) => g.statements[0] === s)]);
      if (reached.length) return reached;
      const index = this.groups.length;
      this.groups.push(bound);
      context.takenOver.push(moved !== undefined);
      for (const _ of bound.rules) context.groupOfRule.push(index);
      for (const name of bound.writes.keys()) context.writer.set(name, index);
    }
    return true;
  }

  private bindGroup(group: A.Statement[], context: GroupContext): BoundGroup {
    const track = { reads: new Map<string, VariableContent | undefined>(), writes: new Set<string>() };
    const firstRule = this.rules.length;
    const firstFinding = this.findings.length;
    this.groupFirstRule = firstRule;
    this.usedEarlierRule = false;
    this.env.track = track;
    this.statements(group);
    this.env.track = undefined;
    // The groups this one reached into: the one holding a rule it used, or every group since the one
    // that made a condition it used (the pending conditions pass through them).
    const touched = new Set<number>();
    if (this.usedEarlierRule) touched.add(context.groupOfRule[firstRule - 1]);
    for (const [name, content] of track.reads) {
      if (content?.kind === 'rule') touched.add(context.groupOfRule[content.ruleIndex]);
      if (content?.kind === 'condition') for (let k = context.writer.get(name) ?? this.groups.length; k < this.groups.length; k++) touched.add(k);
    }
    const first = group[0];
    const at = this.lines.positionAt(first.start);
    return {
      statements: group,
      start: first.start,
      line: at.line,
      character: at.character,
      reads: track.reads,
      writes: new Map([...track.writes].map((name) => [name, this.env.get(name)!])),
      firstRule,
      // The rule objects are finished at the end of bind(); the group keeps the same objects.
      rules: this.rules.slice(firstRule).map((r) => r.rule),
      findings: this.findings.slice(firstFinding),
      open: touched.size > 0,
      touches: [...touched].filter((k) => k !== undefined).map((k) => this.groups[k].statements[0]),
    };
  }

  /**
   * How far a group of the previous binding moved, when it can be taken over: the same statements,
   * reading the same values, wholly in the unchanged text before the edit or after it (then moved by
   * the length difference and the lines added or removed, starting in the same column).
   */
  private canTakeOver(old: BoundGroup, group: A.Statement[], edit: UnchangedEnds): { offsets: number; lines: number } | undefined {
    if (old.statements.length !== group.length || old.statements.some((s, k) => s !== group[k])) return undefined;
    for (const [name, content] of old.reads) if (!sameContent(this.env.get(name), content)) return undefined;
    const start = group[0].start;
    const end = group[group.length - 1].end;
    if (end <= edit.prefix) return start === old.start ? { offsets: 0, lines: 0 } : undefined;
    if (start < this.text.length - edit.suffix) return undefined;
    const at = this.lines.positionAt(start);
    return at.character === old.character ? { offsets: start - old.start, lines: at.line - old.line } : undefined;
  }

  private takeOver(old: BoundGroup, moved: { offsets: number; lines: number }): BoundGroup {
    const firstRule = this.rules.length;
    const rules = moved.lines ? old.rules.map((r) => movedLines(r, moved.lines)) : old.rules;
    if (moved.lines) old.rules.forEach((from, k) => this.moved.push({ from, to: rules[k], lines: moved.lines }));
    for (const rule of rules) this.rules.push({ rule, start: -1, end: -1, takenOver: true });
    const findings = moved.offsets ? old.findings.map((f) => ({ ...f, start: f.start + moved.offsets, end: f.end + moved.offsets })) : old.findings;
    this.findings.push(...findings);
    // Rule indexes move only when rules were added or removed before the group.
    const writes = firstRule === old.firstRule ? old.writes : new Map<string, VariableContent>();
    for (const [name, content] of old.writes) {
      const now: VariableContent = content.kind === 'rule' && writes !== old.writes ? { kind: 'rule', ruleIndex: content.ruleIndex - old.firstRule + firstRule } : content;
      this.env.set(name, now);
      if (writes !== old.writes) writes.set(name, now);
    }
    return {
      ...old,
      start: old.start + moved.offsets,
      line: old.line + moved.lines,
      writes,
      firstRule,
      rules,
      findings,
    };
  }

  private statements(list: A.Statement[]) {
    for (const s of list) this.statement(s);
  }

  private statement(s: A.Statement) {
    switch (s.kind) {
      case 'function':
        this.statements(s.body);
        break;
      case 'if':
        for (const clause of s.clauses) this.statements(clause.body);
        break;
      case 'assignment':
        this.assignment(s);
        break;
      case 'pipeline':
        this.pipeline(s, undefined);
        break;
    }
  }

  private assignment(s: A.AssignmentStatement) {
    let target = s.target;
    if (target.kind === 'typed' && target.value) target = target.value;
    if (target.kind === 'variable' && target.postfix.length === 1 && target.postfix[0].kind === 'member') {
      this.setConditionProperty(target, target.postfix[0].name, s.value);
      return;
    }
    if (target.kind !== 'variable' || target.postfix.length) return;
    const value = s.value;
    if (value?.kind === 'pipeline') {
      const produced = this.pipeline(value, target.name);
      if (produced) return;
      this.env.set(target.name, this.env.contentOf(singleValue([value]), value));
    } else {
      this.env.set(target.name, { kind: 'unknown' });
    }
  }

  /** Returns true when the pipeline produced a rule or condition that now sits in `assignTo`. */
  private pipeline(p: A.PipelineStatement, assignTo: string | undefined): boolean {
    let produced = false;
    p.elements.forEach((element, k) => {
      if (element.kind !== 'command') return;
      const spec = CMDLETS[element.name.toLowerCase()];
      if (!spec) return;
      const piped = k > 0 ? p.elements[k - 1] : undefined;
      produced = this.command(element, spec, k === p.elements.length - 1 ? assignTo : undefined, piped) || produced;
    });
    return produced;
  }

  private command(c: A.Command, spec: CmdletSpec, assignTo: string | undefined, piped: A.PipelineElement | undefined): boolean {
    const { bound, problems, splatted } = bindArguments(c, spec);
    for (const p of problems) this.findings.push({ ...p, severity: 'error' });
    this.splatted = splatted;
    const out = this.outVariable(bound) ?? assignTo;
    switch (spec.name) {
      case 'New-ADSyncRule':
        this.newRule(c, spec, bound, out);
        return out !== undefined;
      case 'Add-ADSyncAttributeFlowMapping':
        this.addFlow(c, bound, out);
        return out !== undefined;
      case 'Add-ADSyncScopeConditionGroup':
      case 'Add-ADSyncJoinConditionGroup':
        this.addGroup(c, spec, bound, out);
        return out !== undefined;
      case 'New-Object':
      case 'New-ADSyncScopeCondition':
      case 'New-ADSyncJoinCondition':
        return this.newCondition(c, spec, bound, out);
      case 'Add-ADSyncRule':
        this.commit(c, bound, piped);
        return false;
      case 'Get-ADSyncRule':
        this.echo(c, bound);
        return false;
      default:
        return false;
    }
  }

  private outVariable(bound: Map<string, BoundArgument>): string | undefined {
    const v = bound.get('OutVariable')?.value;
    if (!v) return undefined;
    const r = this.env.resolve(v);
    return r.ok && typeof r.value === 'string' ? r.value.replace(/^\+/, '') : undefined;
  }

  // ---- rules --------------------------------------------------------------------------------------

  private newRule(c: A.Command, spec: CmdletSpec, bound: Map<string, BoundArgument>, out: string | undefined) {
    this.missingMandatory(c, spec, bound, spec.mandatory);
    const str = (name: string) => this.stringArg(bound.get(name));
    const nameArg = bound.get('Name');
    const connector = this.resolutionOf(bound.get('Connector'));
    const rule: SyncRule = {
      file: this.file,
      range: this.range(c.start, c.end),
      selectionRange: nameArg?.value ? this.valueRange(nameArg.value) : this.range(c.nameSpan.start, c.nameSpan.end),
      name: str('Name'),
      identifier: this.guidArg(bound.get('Identifier')),
      description: str('Description'),
      direction: str('Direction'),
      precedence: this.numberArg(bound.get('Precedence')),
      precedenceAfter: this.guidArg(bound.get('PrecedenceAfter')),
      precedenceBefore: this.guidArg(bound.get('PrecedenceBefore')),
      connector: {
        id: this.guidArg(bound.get('Connector')),
        name: located(connector && !connector.ok && connector.connectorName !== undefined ? connector.connectorName : null),
      },
      sourceObjectType: str('SourceObjectType'),
      targetObjectType: str('TargetObjectType'),
      linkType: str('LinkType'),
      immutableTag: str('ImmutableTag'),
      disabled: this.switchArg(bound.get('Disabled')),
      enablePasswordSync: this.switchArg(bound.get('EnablePasswordSync')),
      softDeleteExpiryInterval: this.timeSpanArg(bound.get('SoftDeleteExpiryInterval')),
      flows: [],
      scopeGroups: [],
      joinGroups: [],
      committed: false,
    };
    this.rules.push({ rule, start: c.start, end: c.end });
    this.conditions.length = 0;
    if (out) this.env.set(out, { kind: 'rule', ruleIndex: this.rules.length - 1 });
  }

  /** The rule a `-SynchronizationRule $syncRule[0]` argument names, or a finding saying why there is none. */
  private targetRule(c: A.Command, arg: BoundArgument | undefined, what: string): RuleInProgress | undefined {
    const value = arg?.value;
    if (!value) return undefined;
    if (value.kind !== 'variable') {
      this.findings.push({ start: value.start, end: value.end, severity: 'error', message: `${what}: -SynchronizationRule must name the variable that holds the rule (e.g. $syncRule[0]).` });
      return undefined;
    }
    const content = this.env.get(value.name);
    if (content?.kind !== 'rule') {
      this.findings.push({
        start: value.start,
        end: value.end,
        severity: 'error',
        message: `${what}: $${value.name} holds no rule here; New-ADSyncRule … -OutVariable ${value.name} must come first.`,
      });
      return undefined;
    }
    const r = this.rules[content.ruleIndex];
    r.end = Math.max(r.end, c.end);
    return r;
  }

  private addFlow(c: A.Command, bound: Map<string, BoundArgument>, out: string | undefined) {
    const target = this.targetRule(c, bound.get('SynchronizationRule'), 'Add-ADSyncAttributeFlowMapping');
    if (!target) return;
    this.missingMandatory(c, CMDLETS['add-adsyncattributeflowmapping'], bound, FLOW_MANDATORY);
    const source = bound.get('Source');
    const flow: AttributeFlow = {
      sources: this.listArg(source),
      destination: this.stringArg(bound.get('Destination')),
      flowType: this.stringArg(bound.get('FlowType')),
      valueMergeType: this.stringArg(bound.get('ValueMergeType')),
      expression: this.stringArg(bound.get('Expression')),
      executeOnce: this.switchArg(bound.get('ExecuteOnce')),
      range: this.range(c.start, c.end),
    };
    target.rule.flows.push(flow);
    this.rebind(out, target);
  }

  private addGroup(c: A.Command, spec: CmdletSpec, bound: Map<string, BoundArgument>, out: string | undefined) {
    const join = spec.name === 'Add-ADSyncJoinConditionGroup';
    const target = this.targetRule(c, bound.get('SynchronizationRule'), spec.name);
    const list = bound.get(join ? 'JoinConditions' : 'ScopeConditions')?.value;
    if (!target) return;
    const items = list ? (list.kind === 'list' ? list.items : [list]) : [];
    const scope: ScopeCondition[] = [];
    const joins: JoinCondition[] = [];
    for (const item of items) {
      const pending = item.kind === 'variable' ? this.conditionIn(item) : undefined;
      if (!pending) {
        const name = item.kind === 'variable' ? `$${item.name}` : this.env.source(item);
        this.findings.push({
          start: item.start,
          end: item.end,
          severity: 'error',
          message: `${spec.name}: ${name} holds no condition created for this group (New-Object … -OutVariable must create it after the previous group).`,
        });
        continue;
      }
      if ((pending.kind === 'join') !== join) {
        this.findings.push({
          start: item.start,
          end: item.end,
          severity: 'error',
          message: `${spec.name}: ${this.env.source(item)} is a ${pending.kind} condition, not a ${join ? 'join' : 'scope'} condition.`,
        });
        continue;
      }
      if (pending.kind === 'scope') scope.push(pending.condition);
      else joins.push(pending.condition);
    }
    const range = this.range(c.start, c.end);
    if (join) target.rule.joinGroups.push({ conditions: joins, range });
    else target.rule.scopeGroups.push({ conditions: scope, range });
    // Slots are reused for the next group: the Rules Editor restarts at $condition0 every time.
    this.conditions.length = 0;
    this.rebind(out, target);
  }

  /** `$c.Attribute = 'department'` on a condition made with New-Object and no -ArgumentList. */
  private setConditionProperty(target: A.VariableValue, property: string, value: A.Statement | undefined) {
    const pending = this.conditionIn(target);
    const v = value?.kind === 'pipeline' ? singleValue([value]) : undefined;
    if (!pending || !v) return;
    const name = property.toLowerCase();
    if (pending.kind === 'scope') {
      const c = pending.condition;
      if (name === 'attribute') c.attribute = this.located(v);
      else if (name === 'comparisonvalue') c.value = this.located(v);
      else if (name === 'comparisonoperator') c.operator = this.located(v);
    } else {
      const c = pending.condition;
      if (name === 'csattribute') c.csAttribute = this.located(v);
      else if (name === 'mvattribute') c.mvAttribute = this.located(v);
      else if (name === 'casesensitive') c.caseSensitive = this.boolValue(v);
    }
  }

  private conditionIn(v: A.VariableValue): PendingCondition | undefined {
    const content = this.env.get(v.name);
    if (content?.kind !== 'condition') return undefined;
    return this.conditions[content.conditionIndex];
  }

  private newCondition(c: A.Command, spec: CmdletSpec, bound: Map<string, BoundArgument>, out: string | undefined): boolean {
    let kind: 'scope' | 'join' | undefined;
    let values: (A.Value | undefined)[] = [];
    if (spec.name === 'New-Object') {
      const type = this.env.resolve(bound.get('TypeName')?.value);
      const typeName = type.ok ? String(type.value) : '';
      kind = SCOPE_CONDITION_TYPE.test(typeName) ? 'scope' : JOIN_CONDITION_TYPE.test(typeName) ? 'join' : undefined;
      const args = bound.get('ArgumentList')?.value;
      values = args ? (args.kind === 'list' ? args.items : [args]) : [];
      // Without -ArgumentList the properties are set one by one afterwards ($c.Attribute = …).
      if (kind && args && values.length !== 3 && !(kind === 'join' && values.length === 2)) {
        const at = args ?? c;
        this.findings.push({ start: at.start, end: at.end, severity: 'error', message: `New-Object ${kind === 'scope' ? 'ScopeCondition' : 'JoinCondition'}: -ArgumentList needs ${kind === 'scope' ? "3 values ('attribute','value','OPERATOR')" : "3 values ('csAttribute','mvAttribute',$false)"}, found ${values.length}.` });
      }
    } else {
      this.missingMandatory(c, spec, bound, spec.mandatory);
      kind = spec.name === 'New-ADSyncScopeCondition' ? 'scope' : 'join';
      values = kind === 'scope'
        ? [bound.get('Attribute')?.value, bound.get('ComparisonValue')?.value, bound.get('ComparisonOperator')?.value]
        : [bound.get('CSAttribute')?.value, bound.get('MVAttribute')?.value, bound.get('CaseSensitive')?.value];
    }
    if (!kind) return false;
    const range = this.range(c.start, c.end);
    const at = (k: number) => this.located(values[k]);
    const pending: PendingCondition = kind === 'scope'
      // The engine's constructor takes (attribute, value, operator): value before operator.
      ? { kind, start: c.start, end: c.end, condition: { attribute: at(0), value: at(1), operator: at(2), range } }
      : { kind, start: c.start, end: c.end, condition: { csAttribute: at(0), mvAttribute: at(1), caseSensitive: this.boolValue(values[2]), range } };
    this.conditions.push(pending);
    if (out) this.env.set(out, { kind: 'condition', conditionIndex: this.conditions.length - 1 });
    return out !== undefined;
  }

  private commit(c: A.Command, bound: Map<string, BoundArgument>, piped: A.PipelineElement | undefined) {
    if (piped?.kind === 'command' && RULE_PRODUCERS.has(piped.name.toLowerCase()) && this.rules.length) {
      // `New-ADSyncRule … | Add-ADSyncRule`: the rule comes down the pipe.
      const r = this.lastRule()!;
      r.rule.committed = true;
      r.end = Math.max(r.end, c.end);
      return;
    }
    let arg = bound.get('SynchronizationRule');
    if (!arg && piped?.kind === 'expression' && piped.parts.length === 1 && piped.parts[0].kind === 'variable') {
      // `$syncRule | Add-ADSyncRule` re-adds a rule read from the server (the Documenter's Disabled toggle)
      // unless the variable holds a rule built in this script.
      const v = piped.parts[0];
      if (this.env.get(v.name)?.kind !== 'rule') return;
      arg = { name: 'SynchronizationRule', value: v, start: v.start, end: v.end };
    }
    if (!arg) return;
    const target = this.targetRule(c, arg, 'Add-ADSyncRule');
    if (target) target.rule.committed = true;
  }

  /** `Get-ADSyncRule -Identifier <same id>` after a rule only echoes it; it belongs to the rule's block. */
  private echo(c: A.Command, bound: Map<string, BoundArgument>) {
    const last = this.lastRule();
    const id = this.env.resolve(bound.get('Identifier')?.value);
    if (last && id.ok && typeof id.value === 'string' && normalizeGuid(id.value) === last.rule.identifier.value) {
      last.end = Math.max(last.end, c.end);
    }
  }

  /** The rule opened last; one of an earlier group makes the group being bound open. */
  private lastRule(): RuleInProgress | undefined {
    if (this.rules.length > 0 && this.rules.length - 1 < this.groupFirstRule) this.usedEarlierRule = true;
    return this.rules[this.rules.length - 1];
  }

  private rebind(out: string | undefined, target: RuleInProgress) {
    // From the end: the target is nearly always the rule just made (indexOf made a 5,000-rule file quadratic).
    if (out) this.env.set(out, { kind: 'rule', ruleIndex: this.rules.lastIndexOf(target) });
  }

  private missingMandatory(c: A.Command, spec: CmdletSpec, bound: Map<string, BoundArgument>, mandatory: string[]) {
    const missing = mandatory.filter((m) => !bound.has(m));
    if (missing.length === 0 || this.splatted) return;
    this.findings.push({
      start: c.nameSpan.start,
      end: c.nameSpan.end,
      severity: 'error',
      message: `${spec.name} lacks ${missing.map((m) => '-' + m).join(', ')}; PowerShell would stop and prompt for ${missing.length === 1 ? 'it' : 'them'}.`,
    });
  }

  // ---- values -------------------------------------------------------------------------------------

  private resolutionOf(arg: BoundArgument | undefined): Resolution | undefined {
    return arg?.value ? this.env.resolve(arg.value) : undefined;
  }

  private located(v: A.Value | undefined): Located<string | null> {
    if (!v) return located(null);
    const r = this.env.resolve(v);
    const range = this.valueRange(v);
    if (!r.ok) return located(null, range, r.text);
    const result = located(r.value === null ? null : String(r.value), range);
    if (v.kind === 'string' && v.quote === 'single') result.quoting = 'powershell-single';
    return result;
  }

  private stringArg(arg: BoundArgument | undefined): Located<string | null> {
    return this.located(arg?.value);
  }

  private guidArg(arg: BoundArgument | undefined): Located<string | null> {
    const v = this.stringArg(arg);
    if (v.value !== null) v.value = normalizeGuid(v.value);
    return v;
  }

  private numberArg(arg: BoundArgument | undefined): Located<number | null> {
    const v = arg?.value;
    if (!v) return located(null);
    const r = this.env.resolve(v);
    const range = this.valueRange(v);
    if (!r.ok) return located(null, range, r.text);
    const n = typeof r.value === 'number' ? r.value : Number(r.value);
    return Number.isFinite(n) && r.value !== null && r.value !== '' ? located(n, range) : located(null, range, this.env.source(v));
  }

  private timeSpanArg(arg: BoundArgument | undefined): Located<string | null> {
    const v = arg?.value;
    if (!v) return located(null);
    const r = this.env.resolve(v);
    const range = this.valueRange(v);
    if (!r.ok) return located(null, range, r.text);
    return located(typeof r.value === 'number' ? ticksToTimeSpan(r.value) : r.value === null ? null : String(r.value), range);
  }

  private switchArg(arg: BoundArgument | undefined): Located<boolean> {
    if (!arg) return located(false);
    const at = arg.written ?? arg;
    return located(arg.switchOn ?? true, this.range(at.start, at.end));
  }

  private boolValue(v: A.Value | undefined): Located<boolean> {
    if (!v) return located(false);
    const r = this.env.resolve(v);
    const range = this.valueRange(v);
    if (!r.ok) return located(false, range, r.text);
    return located(r.value === true || /^(true|1)$/i.test(String(r.value)), range);
  }

  private listArg(arg: BoundArgument | undefined): Located<string[]> {
    const v = arg?.value;
    if (!v) return located([]);
    // `('a','b')` is the same list as `@('a','b')` to PowerShell.
    const inner = v.kind === 'group' && v.syntax === 'paren' && v.postfix.length === 0 ? singleValue(v.statements) ?? v : v;
    const items = inner.kind === 'list' ? inner.items : [inner];
    const values: string[] = [];
    const ranges: Range[] = [];
    let unresolved: string | undefined;
    for (const item of items) {
      const r = this.env.resolve(item);
      if (r.ok) values.push(r.value === null ? '' : String(r.value)), ranges.push(this.valueRange(item));
      else unresolved = this.env.source(v);
    }
    const list = located(values, this.range(v.start, v.end), unresolved);
    if (unresolved === undefined) list.items = ranges;
    return list;
  }

  /** Strings point at their content (inside the quotes), everything else at its whole text. */
  private valueRange(v: A.Value): Range {
    return v.kind === 'string' ? this.range(v.contentStart, v.contentEnd) : this.range(v.start, v.end);
  }

  private range(start: number, end: number): Range {
    return this.lines.rangeOf(start, end);
  }

  private offsets(r: Range) {
    return { start: this.lines.offsetAt(r.start), end: this.lines.offsetAt(r.end) };
  }
}

/** Cmdlets whose output is the rule being built. */
const RULE_PRODUCERS = new Set(['new-adsyncrule', 'add-adsyncattributeflowmapping', 'add-adsyncscopeconditiongroup', 'add-adsyncjoinconditiongroup']);

function describe(rule: SyncRule): string {
  return rule.name.value !== null ? `'${rule.name.value}'` : rule.name.unresolved ?? '(unnamed)';
}
