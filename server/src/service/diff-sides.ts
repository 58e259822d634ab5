import * as path from 'node:path';
import type { FileSource } from '../formats/file-source';
import type { InputReading, RuleSet } from '../model/rule-set';
import { expandInputs, InputError, readInput } from './inputs';

export interface DiffSide {
  ruleSet: RuleSet;
  label: string;
  /** Reading problems (syntax errors…) of the side's files: the diff goes on, but the user should know. */
  readingProblems: number;
  readings: InputReading[];
}

/**
 * One side of a comparison from a path: a file, a folder of exports (merged), a server-config folder,
 * or a Documenter report — whose `pilot` configuration is the primary side and `production` the staging
 * side unless `#pilot` / `#production` after the path says otherwise.
 */
export function readDiffSide(spec: string, role: 'primary' | 'staging', files: FileSource): DiffSide {
  const m = /^(.*)#(pilot|production)$/i.exec(spec);
  const target = m ? m[1] : spec;
  const readings = expandInputs([target], files).map((ref) => readInput(ref, files));
  const readingProblems = readings.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 1).length, 0);
  if (readings.length === 1 && readings[0].format === 'documenter-report') {
    const label = (m?.[2] ?? (role === 'primary' ? 'pilot' : 'production')).toLowerCase();
    const config = readings[0].configs.find((c) => c.label === label);
    if (!config) throw new InputError(`${target}: the report holds no ${label} configuration`);
    return { ruleSet: config, label: `${path.basename(target)} (${label})`, readingProblems, readings };
  }
  if (m) throw new InputError(`${target}: #${m[2]} names a configuration of a Documenter report, and this is not one`);
  const configs = readings.flatMap((r) => r.configs);
  const ruleSet: RuleSet = {
    label: path.basename(path.resolve(target)),
    rules: configs.flatMap((c) => c.rules),
    connectors: configs.flatMap((c) => c.connectors),
  };
  const settings = configs.find((c) => c.globalSettings)?.globalSettings;
  if (settings) ruleSet.globalSettings = settings;
  return { ruleSet, label: target, readingProblems, readings };
}
