import assert from 'node:assert/strict';
import type * as A from '../../../server/src/syntax/ast';
import { parseScript } from '../../../server/src/syntax/parse-script';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { normalizeGuid } from '../../../server/src/formats/normalize';
import { located, type RuleSet, type SyncRule } from '../../../server/src/model';

/**
 * Runs a migration script against a rule set in the model instead of on a server, reading only the
 * script's text:
 * - the rules it re-creates are the rules `readPowerShellScript` binds from it (New-ADSyncRule … Add-ADSyncRule);
 * - `Get-ADSyncRule | Where-Object { $_.Name -eq '…' -and $_.Connector -eq $connector_N -and $_.Direction -eq '…' } | Remove-ADSyncRule`
 *   removes every rule with that name (case-insensitive, as `-eq` is), on that connector, in that direction;
 * - `$x = Get-ADSyncRule | Where-Object {…}`, `$x.Disabled = $true|$false`, `$x | Add-ADSyncRule` sets Disabled
 *   on the one rule the filter selects (the script throws unless there is exactly one; so does this);
 * - `$connector_N` is what the script assigns: `(Get-ADSyncConnector -Name '…').Identifier` matches a rule by
 *   connector name, a GUID literal by connector GUID.
 * Everything happens in script order. Anything else in the script (Write-Warning, the scheduler) changes no rule.
 */
export function applyScriptInModel(script: string, staging: RuleSet): RuleSet {
  const reading = readPowerShellScript('migration.ps1', script);
  assert.deepEqual(reading.diagnostics.map((d) => d.message), [], 'the script reads without findings');
  const parsed = parseScript(script);
  const lines = parsed.scan.lines;
  const connectors = new Map<string, Connector>();
  const selections = new Map<string, { filter: Filter; disabled?: boolean }>();
  const events: { at: number; apply: (rules: SyncRule[]) => SyncRule[] }[] = [];

  for (const rule of reading.configs[0].rules) {
    if (rule.committed) events.push({ at: lines.offsetAt(rule.range.start), apply: (rules) => [...rules, rule] });
  }
  const visit = (statements: A.Statement[]) => {
    for (const s of statements) {
      if (s.kind === 'if') s.clauses.forEach((c) => visit(c.body));
      if (s.kind === 'assignment') assignment(s);
      if (s.kind === 'pipeline') pipeline(s);
    }
  };
  const assignment = (s: A.AssignmentStatement) => {
    const target = s.target;
    if (target.kind !== 'variable' || s.value?.kind !== 'pipeline') return;
    const name = target.name.toLowerCase();
    if (target.postfix.length === 0) {
      const connector = connectorOf(s.value);
      if (connector) connectors.set(name, connector);
      const filter = filterOf(s.value, connectors);
      if (filter) selections.set(name, { filter });
      return;
    }
    const member = target.postfix[0];
    const value = single(s.value);
    if (member.kind === 'member' && /^disabled$/i.test(member.name) && value?.kind === 'variable' && selections.has(name)) {
      selections.get(name)!.disabled = /^true$/i.test(value.name);
    }
  };
  const pipeline = (s: A.PipelineStatement) => {
    const names = s.elements.map((e) => (e.kind === 'command' ? e.name.toLowerCase() : '$'));
    if (names.join('|') === 'get-adsyncrule|where-object|remove-adsyncrule') {
      const filter = filterOf(s, connectors)!;
      events.push({ at: s.start, apply: (rules) => rules.filter((r) => !matches(r, filter)) });
    }
    const head = s.elements[0];
    const piped = head.kind === 'expression' && head.parts[0]?.kind === 'variable' ? selections.get(head.parts[0].name.toLowerCase()) : undefined;
    if (names.join('|') === '$|add-adsyncrule' && piped?.disabled !== undefined) {
      const { filter, disabled } = { ...piped };
      events.push({
        at: s.start,
        apply: (rules) => {
          const hits = rules.filter((r) => matches(r, filter));
          assert.equal(hits.length, 1, `one rule named '${filter.name}' to set Disabled on`);
          return rules.map((r) => (r === hits[0] ? { ...r, disabled: located(disabled!) } : r));
        },
      });
    }
  };
  visit(parsed.script.statements);

  let rules = [...staging.rules];
  for (const e of events.sort((a, b) => a.at - b.at)) rules = e.apply(rules);
  return { ...staging, label: `${staging.label} + script`, rules };
}

type Connector = { id: string } | { name: string };
interface Filter {
  name: string;
  connector: Connector;
  direction?: string;
}

function matches(rule: SyncRule, f: Filter): boolean {
  if ((rule.name.value ?? '').toLowerCase() !== f.name.toLowerCase()) return false;
  if (f.direction !== undefined && (rule.direction.value ?? '').toLowerCase() !== f.direction.toLowerCase()) return false;
  return 'id' in f.connector ? rule.connector.id.value === f.connector.id : (rule.connector.name.value ?? '').toLowerCase() === f.connector.name.toLowerCase();
}

function single(p: A.PipelineStatement): A.Value | undefined {
  const e = p.elements[0];
  return p.elements.length === 1 && e.kind === 'expression' && e.parts.length === 1 && e.parts[0].kind !== 'operator' ? e.parts[0] : undefined;
}

/** `'guid'` or `(Get-ADSyncConnector -Name '…' …).Identifier`. */
function connectorOf(p: A.PipelineStatement): Connector | undefined {
  const v = single(p);
  if (v?.kind === 'string') return { id: normalizeGuid(v.value) };
  if (v?.kind !== 'group' || v.postfix.length !== 1) return undefined;
  const inner = v.statements[0];
  const command = inner?.kind === 'pipeline' ? inner.elements[0] : undefined;
  if (command?.kind !== 'command' || !/^get-adsyncconnector$/i.test(command.name)) return undefined;
  const arg = command.args.find((a) => a.kind === 'parameter' && /^name$/i.test(a.name));
  return arg?.kind === 'parameter' && arg.value?.kind === 'string' ? { name: arg.value.value } : undefined;
}

/** `Get-ADSyncRule | Where-Object { $_.Name -eq '…' -and $_.Connector -eq $connector_N }` → name and connector. */
function filterOf(p: A.PipelineStatement, connectors: Map<string, Connector>): Filter | undefined {
  const where = p.elements.find((e): e is A.Command => e.kind === 'command' && /^where-object$/i.test(e.name));
  const block = where?.args[0]?.kind === 'positional' ? where.args[0].value : undefined;
  if (block?.kind !== 'group' || block.syntax !== 'scriptblock') return undefined;
  const body = block.statements[0];
  const parts = body?.kind === 'pipeline' && body.elements[0].kind === 'expression' ? body.elements[0].parts : [];
  let name: string | undefined;
  let connector: Connector | undefined;
  let direction: string | undefined;
  for (let k = 0; k + 2 < parts.length; k++) {
    const [left, op, right] = [parts[k], parts[k + 1], parts[k + 2]];
    if (left.kind !== 'variable' || left.name !== '_' || op.kind !== 'operator' || op.image.toLowerCase() !== '-eq') continue;
    const property = left.postfix[0]?.kind === 'member' ? left.postfix[0].name.toLowerCase() : '';
    if (property === 'name' && right.kind === 'string') name = right.value;
    if (property === 'connector' && right.kind === 'variable') connector = connectors.get(right.name.toLowerCase());
    if (property === 'direction' && right.kind === 'string') direction = right.value;
  }
  assert.ok(name !== undefined && connector, `a filter by name and connector in ${JSON.stringify(p.elements.map((e) => e.kind))}`);
  return { name, connector, direction };
}
