import assert from 'node:assert/strict';

/** `show --format json`, as the README states it. */
export interface ShowJson {
  inputs: { source: string; format: string; configs: ConfigJson[] }[];
}
export interface ConfigJson {
  label: string;
  rules: RuleJson[];
  connectors?: { id: string | null; name: string | null }[];
  globalSettings?: Record<string, string | null>;
}
export interface RuleJson {
  [field: string]: unknown;
  name: string | null;
  identifier: string | null;
  precedence: number | null;
  connector: string | null;
  connectorName: string | null;
  flows: Record<string, unknown>[];
  scopeGroups: Record<string, unknown>[][];
  joinGroups: Record<string, unknown>[][];
  mark?: string;
  unresolved?: Record<string, string>;
}

/** `lint --format json`. */
export interface LintJson {
  files: { path: string; rules: number; diagnostics: DiagnosticJson[] }[];
}
export interface DiagnosticJson {
  code: string;
  severity: string;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/** Every field the README promises on every rule, always present (null when the input does not say). */
export const RULE_FIELDS = [
  'name', 'identifier', 'description', 'direction', 'precedence', 'precedenceAfter', 'precedenceBefore', 'connector', 'connectorName',
  'sourceObjectType', 'targetObjectType', 'linkType', 'immutableTag', 'standard', 'disabled', 'enablePasswordSync',
  'softDeleteExpiryInterval', 'flows', 'scopeGroups', 'joinGroups', 'committed', 'location',
] as const;
export const FLOW_FIELDS = ['sources', 'destination', 'flowType', 'valueMergeType', 'expression', 'executeOnce'] as const;
export const SCOPE_FIELDS = ['attribute', 'operator', 'value'] as const;
export const JOIN_FIELDS = ['csAttribute', 'mvAttribute', 'caseSensitive'] as const;
/** Keys a config may carry beside label and rules (not in the README's shape; see the report). */
export const CONFIG_EXTRAS = ['connectors', 'globalSettings'] as const;

export const FORMAT_NAMES = ['sre-export', 'documenter-script', 'documenter-report', 'server-config'] as const;
export const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'] as const;
export const REPORT_MARKS = ['Added', 'Modified', 'Deleted', 'Unchanged'] as const;

/** Lower case, no braces: the one spelling the README allows. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** `actual` has exactly `required`, plus any of `optional`; the message names the offending object. */
export function assertKeys(actual: object, required: readonly string[], optional: readonly string[], what: string) {
  const keys = Object.keys(actual);
  const missing = required.filter((k) => !keys.includes(k));
  const unknown = keys.filter((k) => !required.includes(k) && !optional.includes(k));
  assert.deepEqual({ missing, unknown }, { missing: [], unknown: [] }, `${what}: keys ${JSON.stringify(keys)}`);
}

export function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    assert.fail(`${what} is not JSON (${(e as Error).message}): ${text.slice(0, 200)}`);
  }
}

export function allRules(show: ShowJson): RuleJson[] {
  return show.inputs.flatMap((i) => i.configs.flatMap((c) => c.rules));
}

export function totals(rules: RuleJson[]) {
  return {
    rules: rules.length,
    flows: rules.reduce((n, r) => n + r.flows.length, 0),
    scopeGroups: rules.reduce((n, r) => n + r.scopeGroups.length, 0),
    joinGroups: rules.reduce((n, r) => n + r.joinGroups.length, 0),
  };
}
