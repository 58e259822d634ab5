import { firstAtOrAfter } from '../../../model/bisect';
import type * as A from '../../../syntax/ast';

/**
 * Every pipeline of a script in text order, also those inside function and `if` bodies and assigned
 * to a variable (`$r = Get-ADSyncRule | …`), with the variable it is assigned to.
 */
export function forEachPipeline(statements: A.Statement[], visit: (p: A.PipelineStatement, assignedTo: string | undefined) => void): void {
  for (const s of statements) {
    switch (s.kind) {
      case 'pipeline':
        visit(s, undefined);
        break;
      case 'assignment': {
        const target = s.target.kind === 'typed' && s.target.value ? s.target.value : s.target;
        const name = target.kind === 'variable' && target.postfix.length === 0 ? target.name : undefined;
        let value = s.value;
        // `$a = $b = …` assigns the innermost value to both; the outer name is enough here.
        while (value?.kind === 'assignment') value = value.value;
        if (value) visit(value, name);
        break;
      }
      case 'function':
        forEachPipeline(s.body, visit);
        break;
      case 'if':
        for (const clause of s.clauses) forEachPipeline(clause.body, visit);
        break;
    }
  }
}

/** Every command of the script, in text order (nested bodies included); walked once per script. */
export function allCommands(statements: A.Statement[]): A.Command[] {
  let out = commandsOf.get(statements);
  if (out) return out;
  const found: A.Command[] = [];
  forEachPipeline(statements, (p) => {
    for (const e of p.elements) if (e.kind === 'command') found.push(e);
  });
  commandsOf.set(statements, (out = found));
  return out;
}

// Checks ask per rule; a script with thousands of rules would otherwise be walked once for each.
const commandsOf = new WeakMap<A.Statement[], A.Command[]>();

/** The index of the command that starts at `offset`, found by bisection in `commands` (text order); -1 if none does. */
export function commandIndexAt(commands: readonly A.Command[], offset: number): number {
  const lo = firstAtOrAfter(commands, offset, (c) => c.start);
  return commands[lo]?.start === offset ? lo : -1;
}

export function isCommand(c: A.PipelineElement | undefined, name: string): c is A.Command {
  return c?.kind === 'command' && c.name.toLowerCase() === name.toLowerCase();
}

/** A named argument, by exact name (case-insensitive); the Rules Editor never abbreviates. */
export function parameter(c: A.Command, name: string): A.ParameterArgument | undefined {
  return c.args.find((a): a is A.ParameterArgument => a.kind === 'parameter' && a.name.toLowerCase() === name.toLowerCase());
}
