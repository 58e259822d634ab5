export class UsageError extends Error {}

export interface ParsedArgs {
  command: string | undefined;
  paths: string[];
  options: Map<string, string | true>;
  repeated: Map<string, string[]>;
}

const VALUED = new Set(['format', 'fail-on', 'config', 'map', 'script', 'rules', 'object', 'now']);
/** Options that may be given more than once; their values are kept in order. */
const REPEATABLE = new Set(['map']);

/** `command path… --option value --flag`; `--option=value` works too. */
export function parseArgs(argv: string[]): ParsedArgs {
  const [command, ...rest] = argv;
  const paths: string[] = [];
  const options = new Map<string, string | true>();
  const repeated = new Map<string, string[]>();
  for (let k = 0; k < rest.length; k++) {
    const a = rest[k];
    if (!a.startsWith('--')) {
      paths.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    if (!VALUED.has(name)) {
      if (inline !== undefined) throw new UsageError(`--${name} takes no value`);
      options.set(name, true);
      continue;
    }
    const value = inline ?? rest[++k];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    if (REPEATABLE.has(name)) repeated.set(name, [...(repeated.get(name) ?? []), value]);
    options.set(name, value);
  }
  return { command, paths, options, repeated };
}

export function choice<T extends string>(args: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T {
  const v = args.options.get(name);
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !allowed.includes(v as T)) throw new UsageError(`--${name} must be one of: ${allowed.join(', ')}`);
  return v as T;
}

export function rejectUnknownOptions(args: ParsedArgs, known: string[]) {
  for (const name of args.options.keys()) if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
}
