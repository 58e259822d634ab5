import { diffRuleSets } from '../diff/diff-rule-sets';
import { diffToJson, equivalent } from '../diff/to-json';
import { normalizeGuid } from '../formats/normalize';
import { readCompareSide } from '../service/compare/read-side';
import { choice, rejectUnknownOptions, UsageError, type ParsedArgs } from './args';
import { diffText } from './diff-text';
import type { CliIo } from './main';
import * as fs from 'node:fs';
import { renderMarkdown } from '../diff/render-markdown';
import { renderHtml } from '../diff/render-html';
import { migrationScript } from '../diff/migration-script';

/**
 * `diff <primary> <staging>`: 0 when the servers are equivalent (only same or wizard drift), 1 when they
 * differ, 2 when the comparison cannot be made as asked (usage, I/O, connectors that need a --map).
 */
export function runDiff(args: ParsedArgs, io: CliIo): number {
  rejectUnknownOptions(args, ['format', 'map', 'script']);
  const format = choice(args, 'format', ['text', 'json', 'markdown', 'html'] as const, 'text');
  const script = args.options.get('script');
  const map = parseMap(args.repeated.get('map') ?? []);
  if (args.paths.length === 1 && !/\.html?$/i.test(args.paths[0])) throw new UsageError('diff takes a primary and a staging input, or one Documenter report (.html)');
  // One Documenter report holds both servers: its pilot side is the primary, its production side the staging.
  const specs = args.paths.length === 1 ? [args.paths[0], args.paths[0]] : args.paths;
  if (specs.length !== 2) throw new UsageError('diff takes a primary and a staging input (or one Documenter report)');
  const primary = readCompareSide([specs[0]], 'primary', io.files);
  const staging = readCompareSide([specs[1]], 'staging', io.files);
  for (const side of [primary, staging]) {
    if (side.readingErrors) io.err(`adsync-rules: ${specs[side === primary ? 0 : 1]}: ${side.readingErrors} syntax or binding error(s) while reading; run \`adsync-rules lint\` on it\n`);
  }
  const result = diffRuleSets(primary.ruleSet, staging.ruleSet, { map });
  const labels = { primaryLabel: specs[0], stagingLabel: specs[1] };
  if (format === 'json') io.out(JSON.stringify(diffToJson(result), null, 2) + '\n');
  else if (format === 'markdown') io.out(renderMarkdown(result, labels));
  else if (format === 'html') io.out(renderHtml(result, labels));
  else io.out(diffText(result, primary.label, staging.label));
  if (typeof script === 'string' && result.problems.length === 0) {
    // Windows PowerShell 5.1 (which the ADSync module needs) reads a file without a BOM as ANSI: names like O’Brien would break.
    fs.writeFileSync(script, '\uFEFF' + migrationScript(result, labels));
    io.err(`adsync-rules: wrote ${script}: the PowerShell that makes ${specs[1]} match ${specs[0]} — review it before running it\n`);
  }
  if (result.problems.length) {
    for (const p of result.problems) io.err(`adsync-rules: ${p}\n`);
    return 2;
  }
  return equivalent(result) ? 0 : 1;
}

/** `--map <primaryGuid>=<stagingGuid>`, braces and case as the user likes. */
function parseMap(values: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const v of values) {
    const m = /^\s*\{?([0-9a-f-]{36})\}?\s*=\s*\{?([0-9a-f-]{36})\}?\s*$/i.exec(v);
    if (!m) throw new UsageError(`--map takes <primary connector GUID>=<staging connector GUID>, not '${v}'`);
    map.set(normalizeGuid(m[1]), normalizeGuid(m[2]));
  }
  return map;
}
