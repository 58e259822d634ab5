import type { FileSource } from '../../formats/file-source';
import { readCompareSide } from '../compare/read-side';
import { rememberingTexts, textsOf } from '../../formats/file-texts';
import type { HealthReport } from './health-report';
import { serverHealth } from './server-health';
import { switchOver } from './switch-over';

/** Reads one or two servers (files and folders each) and reports on them; the CLI and the editor both ask here. */
export function buildHealthReport(primary: string[], staging: string[] | undefined, disk: FileSource): HealthReport {
  // The readers and the placing of findings share each file's text (see rememberingTexts).
  const files = rememberingTexts(disk);
  // A Documenter report holds both servers: its pilot side is the primary, its production side the staging.
  if (!staging?.length && primary.length === 1 && /\.html?$/i.test(primary[0])) staging = primary;
  const sides = [readCompareSide(primary, 'primary', files), ...(staging?.length ? [readCompareSide(staging, 'staging', files)] : [])];
  const textOf = textsOf(files);
  const report: HealthReport = { servers: sides.map((s) => serverHealth(s.label, s.ruleSet, s.readings, textOf)) };
  if (sides.length === 2) report.switchOver = switchOver(sides[0].ruleSet, sides[1].ruleSet);
  return report;
}
