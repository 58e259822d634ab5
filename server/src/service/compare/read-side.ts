import * as path from 'node:path';
import type { FileSource } from '../../formats/file-source';
import type { InputReading, RuleSet } from '../../model/rule-set';
import { expandInputs, InputError, readInput } from '../inputs';

export type SideRole = 'primary' | 'staging';

export interface CompareSide {
  ruleSet: RuleSet;
  label: string;
  paths: string[];
  readings: InputReading[];
  /** Syntax and binding errors met while reading. */
  readingErrors: number;
}

/** A Documenter report holds both servers: the pilot configuration stands for the primary, production for staging. */
const REPORT_CONFIG: Record<SideRole, string> = { primary: 'pilot', staging: 'production' };

/**
 * One side of a comparison from the paths a user gave: files and folders of exports are merged into one
 * rule set (a server's rules are often exported per connector), a server-config folder is one server,
 * and a Documenter report gives the configuration that stands for this side.
 */
export function readCompareSide(paths: string[], role: SideRole, files: FileSource): CompareSide {
  if (paths.length === 0) throw new InputError(`${role}: no file or folder given`);
  const readings = expandInputs(paths, files).map((ref) => readInput(ref, files));
  const configs = readings.flatMap((r) => (r.format === 'documenter-report' ? r.configs.filter((c) => c.label === REPORT_CONFIG[role]) : r.configs));
  const ruleSet: RuleSet = {
    label: sideLabel(paths, readings, role),
    rules: configs.flatMap((c) => c.rules),
    connectors: configs.flatMap((c) => c.connectors),
  };
  const settings = configs.find((c) => c.globalSettings)?.globalSettings;
  if (settings) ruleSet.globalSettings = settings;
  const readingErrors = readings.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 1).length, 0);
  return { ruleSet, label: ruleSet.label, paths, readings, readingErrors };
}

function sideLabel(paths: string[], readings: InputReading[], role: SideRole): string {
  const first = path.basename(path.resolve(paths[0]));
  const report = readings.length === 1 && readings[0].format === 'documenter-report' ? ` (${REPORT_CONFIG[role]})` : '';
  return paths.length === 1 ? first + report : `${first} and ${paths.length - 1} more`;
}
