import type * as A from '../../../syntax/ast';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { isStandardRule, type SyncRule } from '../../../model/sync-rule';
import { isStandardTag, outOfBox } from '../../../catalog/out-of-box';
import { forEachPipeline, isCommand, parameter } from './script-walk';
import { selectionOf, selectionOfValue, valueText, wildcardMatches, type Selection, type Variables } from './rule-selection';

/**
 * AADC002 oob-rule-deleted: `Remove-ADSyncRule` aimed at a standard rule — by the Identifier of one
 * (defined in the same file, or known from the catalogue's sources), or through `Get-ADSyncRule | Where`
 * on a shipped rule's name or a `Microsoft.*` tag, also when the name sits in a variable as in the
 * Config Documenter's scripts. The Documenter removes the custom rule it is about to re-create; a name
 * the same file re-creates as a custom rule is therefore not a standard rule here.
 */
export const oobRuleDeleted: RuleCheck = {
  meta: {
    id: 'AADC002',
    name: 'oob-rule-deleted',
    severity: 'warning',
    category: 'fast',
    fixable: false,
    summary: 'A script removes an out-of-box rule with Remove-ADSyncRule; disable it instead.',
    docs: {
      why:
        'A deleted out-of-box rule does not stay deleted: the next upgrade of Entra Connect creates it again (DOC-BEST), with whatever it did ' +
        'before, so the change silently comes undone. The Synchronization Rules Editor itself warns when reserved rules are selected for ' +
        'deletion and recommends disabling them (BIN-SRE). Disabling is also the one change to a shipped rule that Microsoft supports and that ' +
        'survives upgrades.',
      fix:
        'Keep the rule and set it Disabled: read it, set the flag, and add it back (Add-ADSyncRule replaces the rule with the same Identifier). ' +
        'Then run a full synchronization.',
      wrong: "Get-ADSyncRule | Where-Object { $_.Name -eq 'In from AD - User Join' } | Remove-ADSyncRule",
      right: [
        "$rule = Get-ADSyncRule | Where-Object { $_.Name -eq 'In from AD - User Join' }",
        '$rule.Disabled = $true',
        '$rule | Add-ADSyncRule',
      ].join('\n'),
    },
  },
  perConfig(ctx) {
    const script = ctx.script;
    // Most scripts remove nothing; the walk over every statement is for those that do.
    if (!script || !REMOVES.test(script.text)) return [];
    const out: RuleFinding[] = [];
    const vars: Variables = new Map();
    const rules = ctx.ruleSet.rules;
    const visit = (pipeline: A.PipelineStatement, assignedTo: string | undefined) => {
      pipeline.elements.forEach((element, k) => {
        const before = pipeline.elements.slice(0, k);
        // `… | ForEach-Object { Remove-ADSyncRule -SynchronizationRule $_ }`: $_ is each selected rule.
        const body = forEachBody(element);
        if (body) {
          const selection = selectionOf(before, vars);
          if (selection) vars.set('_', selection);
          forEachPipeline(body.statements, visit);
          vars.delete('_');
        }
        if (!isCommand(element, 'Remove-ADSyncRule')) return;
        const aimed = standardTargets(targetOf(element, before, vars), rules);
        if (aimed.length === 0) return;
        out.push({ file: ctx.reading.source, range: script.scan.lines.rangeOf(element.nameSpan.start, element.nameSpan.end), message: message(aimed) });
      });
      if (assignedTo) remember(assignedTo.toLowerCase(), pipeline, vars);
    };
    forEachPipeline(script.script.statements, visit);
    return out;
  },
};

/** PowerShell command names are case-insensitive. */
const REMOVES = /remove-adsyncrule/i;

const FOR_EACH = new Set(['foreach-object', 'foreach', '%']);

function forEachBody(element: A.PipelineElement): A.GroupValue | undefined {
  if (element.kind !== 'command' || !FOR_EACH.has(element.name.toLowerCase())) return undefined;
  const block = parameter(element, 'Process')?.value ?? element.args.find((a): a is A.PositionalArgument => a.kind === 'positional')?.value;
  return block?.kind === 'group' && block.syntax === 'scriptblock' ? block : undefined;
}

function message(aimed: string[]): string {
  const one = aimed.length === 1 && aimed[0].startsWith("'");
  const shown = aimed.slice(0, 3).join(', ') + (aimed.length > 3 ? `, and ${aimed.length - 3} more` : '');
  return one
    ? `Remove-ADSyncRule deletes the out-of-box rule ${aimed[0]}; the next upgrade creates it again. Disable it instead ($rule.Disabled = $true; $rule | Add-ADSyncRule).`
    : `Remove-ADSyncRule deletes out-of-box rules (${shown}); the next upgrade creates them again. Disable them instead ($rule.Disabled = $true; $rule | Add-ADSyncRule).`;
}

/** What the command removes: its -Identifier, the rule it is given, or what is piped into it. */
function targetOf(command: A.Command, before: A.PipelineElement[], vars: Variables): Selection | undefined {
  const id = valueText(parameter(command, 'Identifier')?.value, vars);
  if (id !== undefined) return { names: [], namePatterns: [], identifiers: [id], tags: [], tagPatterns: [], standardFlag: false };
  const given = parameter(command, 'SynchronizationRule')?.value ?? command.args.find((a): a is A.PositionalArgument => a.kind === 'positional')?.value;
  if (given) return selectionOfValue(given, vars);
  return before.length ? selectionOf(before, vars) : undefined;
}

/** The standard rules a selection reaches, described (quoted names first); empty when none that we can tell. */
function standardTargets(selection: Selection | undefined, rules: readonly SyncRule[]): string[] {
  if (!selection) return [];
  const out = new Set<string>();
  const recreatedAsCustom = (name: string) => rules.some((r) => !isStandardRule(r) && r.name.value?.toLowerCase() === name.toLowerCase());
  const standardInFile = rules.filter(isStandardRule);
  for (const name of selection.names) {
    const known = outOfBox.isStandardName(name) || standardInFile.some((r) => r.name.value?.toLowerCase() === name.toLowerCase());
    if (known && !recreatedAsCustom(name)) out.add(`'${name}'`);
  }
  for (const pattern of selection.namePatterns) {
    for (const family of Object.values(outOfBox.catalogue.families)) {
      for (const name of family.names) if (wildcardMatches(pattern, name) && !recreatedAsCustom(name)) out.add(`'${name}'`);
    }
  }
  for (const raw of selection.identifiers) {
    const id = raw.trim().replace(/^\{|\}$/g, '').toLowerCase();
    const inFile = standardInFile.find((r) => r.identifier.value === id);
    const name = inFile?.name.value ?? outOfBox.byIdentifier(id)?.name;
    if (name) out.add(`'${name}'`);
  }
  for (const tag of selection.tags) if (isStandardTag(tag)) out.add(`tagged '${tag}'`);
  const tags = Object.values(outOfBox.catalogue.families).flatMap((f) => Object.keys(f.versions));
  for (const pattern of selection.tagPatterns) {
    if (/^microsoft\./i.test(pattern) || tags.some((t) => wildcardMatches(pattern, t))) out.add(`tagged like '${pattern}'`);
  }
  if (selection.standardFlag) out.add('selected by IsStandardRule');
  return [...out];
}

/** After `$x = …`: a string, a selection of rules, or (anything else) nothing known. */
function remember(name: string, pipeline: A.PipelineStatement, vars: Variables) {
  const only = pipeline.elements.length === 1 ? pipeline.elements[0] : undefined;
  if (only?.kind === 'expression' && only.parts.length === 1 && only.parts[0].kind !== 'operator') {
    const text = valueText(only.parts[0], vars);
    if (text !== undefined) {
      vars.set(name, text);
      return;
    }
  }
  const selection = selectionOf(pipeline.elements, vars);
  if (selection) vars.set(name, selection);
  else vars.delete(name);
}
