import type { Command, Value } from '../../syntax/ast';
import type { CmdletSpec } from './cmdlet-catalog';

export interface BoundArgument {
  /** Canonical parameter name from the catalog. */
  name: string;
  /** The parameter as written (`-Prec`, `-Disabled:`), absent for a positional value. */
  written?: { start: number; end: number; text: string };
  value?: Value;
  /** Switch parameters: present (and not `:$false`). */
  switchOn?: boolean;
  start: number;
  end: number;
}

export interface BindingProblem {
  start: number;
  end: number;
  message: string;
}

/**
 * Binds a command's arguments as PowerShell would: exact names first, then a unique prefix; values
 * without a name fill the positional slots in order; switch parameters take no value.
 */
export function bindArguments(command: Command, spec: CmdletSpec): { bound: Map<string, BoundArgument>; problems: BindingProblem[]; splatted: boolean } {
  const bound = new Map<string, BoundArgument>();
  const problems: BindingProblem[] = [];
  const positional: Value[] = [];
  let splatted = false;
  for (const arg of command.args) {
    if (arg.kind === 'opaque') continue;
    if (arg.kind === 'positional') {
      // `@common` passes parameters by name from a hashtable we do not evaluate.
      if (arg.value.kind === 'splat') splatted = true;
      else positional.push(arg.value);
      continue;
    }
    const resolved = resolveName(arg.name, spec);
    if (typeof resolved !== 'string') {
      problems.push({ start: arg.nameSpan.start, end: arg.nameSpan.end, message: resolved.message });
      continue;
    }
    if (bound.has(resolved)) {
      problems.push({ start: arg.nameSpan.start, end: arg.nameSpan.end, message: `${spec.name}: parameter -${resolved} is given more than once.` });
      continue;
    }
    const isSwitch = spec.switchSet.has(resolved);
    const entry: BoundArgument = { name: resolved, written: { start: arg.nameSpan.start, end: arg.nameSpan.end, text: arg.name }, start: arg.start, end: arg.end };
    if (isSwitch) {
      entry.switchOn = true;
      if (arg.value) {
        // `-Disabled:$false` sets the switch explicitly; a value after a space is the next positional argument.
        if (/:$/.test(commandText(arg))) entry.switchOn = !isFalse(arg.value);
        else positional.push(arg.value);
      }
      entry.end = arg.nameSpan.end;
    } else if (arg.value) {
      entry.value = arg.value;
    } else {
      problems.push({ start: arg.nameSpan.start, end: arg.nameSpan.end, message: `${spec.name}: parameter -${resolved} needs a value.` });
    }
    bound.set(resolved, entry);
  }
  if (positional.length === 0) return { bound, problems, splatted };
  const free = spec.positional.filter((p) => !bound.has(p));
  for (const value of positional) {
    const name = free.shift();
    if (!name) {
      problems.push({ start: value.start, end: value.end, message: `${spec.name}: no parameter takes this positional value.` });
      continue;
    }
    bound.set(name, { name, value, start: value.start, end: value.end });
  }
  return { bound, problems, splatted };
}

function commandText(arg: { nameSpan: { start: number; end: number }; name: string }): string {
  // The parser strips the colon from the name; the span still covers it.
  return arg.nameSpan.end - arg.nameSpan.start > arg.name.length + 1 ? ':' : '';
}

function isFalse(value: Value): boolean {
  return value.kind === 'variable' && /^false$/i.test(value.name) || value.kind === 'number' && value.value === 0;
}

function resolveName(written: string, spec: CmdletSpec): string | { message: string } {
  const lower = written.toLowerCase();
  const exact = spec.byLowerName.get(lower);
  if (exact) return exact;
  const candidates = spec.parameters.filter((p) => p.toLowerCase().startsWith(lower));
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) {
    return { message: `${spec.name}: -${written} is ambiguous (${candidates.map((c) => '-' + c).join(', ')}).` };
  }
  return { message: `${spec.name} has no parameter -${written}.` };
}
