import type { DiffResult } from './types';

/** The `diff --format json` shape: plain values, every rule with its status and field-level changes. */
export function diffToJson(result: DiffResult) {
  return {
    summary: result.summary,
    rules: result.rules.map((r) => {
      const json: Record<string, unknown> = { name: r.name, connector: r.connector, direction: r.direction, standard: r.standard, status: r.status, changes: r.changes };
      if (r.actionable) json.actionable = true;
      if (r.unsupported) json.unsupported = true;
      const where = (side: 'primary' | 'staging') => r[side] && { file: r[side]!.file, range: r[side]!.selectionRange };
      if (r.primary) json.primaryLocation = where('primary');
      if (r.staging) json.stagingLocation = where('staging');
      return json;
    }),
    settings: result.settings,
    connectors: result.connectors,
    problems: result.problems,
  };
}

/** Equivalent servers: every rule the same or only renumbered by the wizard, and no setting apart. */
export function equivalent(result: DiffResult): boolean {
  return result.summary.changed === 0 && result.summary.onlyInPrimary === 0 && result.summary.onlyInStaging === 0 && result.settings.length === 0;
}
