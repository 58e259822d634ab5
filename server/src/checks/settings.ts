import type { SeverityName } from './check';

/**
 * How a user tunes the checks: a severity per code (or `off`). VS Code passes its `adsyncRules.checks`
 * setting, the CLI reads `.adsync-rules.json` (`{ "checks": { "AADC004": "off" } }`).
 */
export interface CheckSettings {
  checks: Record<string, SeverityName | 'off'>;
  /** Where the documentation pages live (a URL ending in `/`); each diagnostic links to `<base><code>.md`. */
  docsBase?: string;
}

export const DEFAULT_SETTINGS: CheckSettings = { checks: {} };

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Reads a settings object from JSON, keeping what is valid and saying what is not. */
export function parseCheckSettings(json: unknown): { settings: CheckSettings; problems: string[] } {
  const problems: string[] = [];
  const checks: CheckSettings['checks'] = {};
  const raw = (json as { checks?: unknown } | null)?.checks;
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) problems.push('"checks" must be an object of code → level');
  else {
    for (const [code, level] of Object.entries(raw ?? {})) {
      if (!/^AADC\d{3}$/.test(code)) problems.push(`"${code}" is not a check code (AADC000–AADC999)`);
      else if (typeof level !== 'string' || !LEVELS.has(level)) problems.push(`"${code}": "${String(level)}" is not one of error, warning, information, hint, off`);
      else checks[code] = level as SeverityName | 'off';
    }
  }
  return { settings: { checks }, problems };
}
