import type * as A from '../../../syntax/ast';
import type { ParsedScript } from '../../../syntax/parse-script';

/** A Config Documenter script block that disables an existing rule on the server it runs on. */
export interface DisableToggle {
  ruleName: string;
  start: number;
  end: number;
}

/**
 * The Documenter writes a Disabled-only change as `$syncRuleName = '<name>'` … `$syncRule.Disabled = $True`
 * followed by `$syncRule | Add-ADSyncRule` (CD `CreateConnectorSyncRuleInstallationScript`): the rule is not
 * built in the script, so the model has no rule for it, only these statements.
 */
export function disableToggles(script: ParsedScript): DisableToggle[] {
  const out: DisableToggle[] = [];
  let ruleName: string | undefined;
  const visit = (statements: A.Statement[]) => {
    for (const s of statements) {
      if (s.kind === 'function') visit(s.body);
      else if (s.kind === 'if') for (const clause of s.clauses) visit(clause.body);
      else if (s.kind === 'assignment') {
        const target = s.target;
        if (target.kind !== 'variable') continue;
        if (target.postfix.length === 0 && target.name.toLowerCase() === 'syncrulename') {
          ruleName = stringOf(s.value);
        } else if (
          ruleName !== undefined &&
          target.name.toLowerCase() === 'syncrule' &&
          target.postfix.length === 1 &&
          target.postfix[0].kind === 'member' &&
          target.postfix[0].name.toLowerCase() === 'disabled' &&
          isTrue(s.value)
        ) {
          out.push({ ruleName, start: s.start, end: s.end });
        }
      }
    }
  };
  visit(script.script.statements);
  return out;
}

function only(value: A.AssignmentStatement['value']): A.Value | undefined {
  if (value?.kind !== 'pipeline' || value.elements.length !== 1) return undefined;
  const e = value.elements[0];
  if (e.kind !== 'expression' || e.parts.length !== 1 || e.parts[0].kind === 'operator') return undefined;
  return e.parts[0];
}

function stringOf(value: A.AssignmentStatement['value']): string | undefined {
  const v = only(value);
  return v?.kind === 'string' && !v.expandable ? v.value : undefined;
}

function isTrue(value: A.AssignmentStatement['value']): boolean {
  const v = only(value);
  return v?.kind === 'variable' && v.postfix.length === 0 && v.name.toLowerCase() === 'true';
}
