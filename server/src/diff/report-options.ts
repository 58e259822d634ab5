/** What a report or a script says about the two sides it compares. */
export interface ReportOptions {
  /** How the primary and the staging side are named in the report (a path, a server name). */
  primaryLabel: string;
  stagingLabel: string;
}
