// "ADSync: Health Report…": one server's facts, or two servers' switch-over readiness. Declared once.

/** `adsyncRules/health`: read the inputs from disk and report on them as Markdown. */
export const HealthRequest = { method: 'adsyncRules/health' } as const;

export interface HealthParams {
  primary: string[];
  /** Absent or empty: the primary alone. */
  staging?: string[];
}

export interface HealthResult {
  markdown: string;
  /** A switch-over blocker was found. */
  blocked: boolean;
}
