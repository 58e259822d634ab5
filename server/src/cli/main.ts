import type { FileSource } from '../formats/file-source';
import { expandInputs, InputError, readInput } from '../service/inputs';
import { lintReadings, reachesLevel } from '../service/lint';
import { readingToJson } from '../service/rule-json';
import { choice, parseArgs, rejectUnknownOptions, UsageError } from './args';
import { lintText } from './lint-text';
import { toSarif } from './sarif';
import { showText } from './show-text';
import { loadSettings } from './settings-file';
import { allCheckMetas } from '../checks';
import { runDiff } from './diff-command';
import { runLineage } from './lineage-command';
import { runEval } from './eval-command';
import { runHealth } from './health-command';
import { rememberingTexts, textsOf } from '../formats/file-texts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  files: FileSource;
  version: string;
}

const USAGE = `Usage:
  adsync-rules show <file-or-folder>... [--format text|json]
  adsync-rules lint <file-or-folder>... [--format text|json|sarif] [--fail-on error|warning|never] [--config file]
  adsync-rules diff <primary> <staging> [--format text|json|markdown|html] [--map <primaryGuid>=<stagingGuid>]... [--script out.ps1]
  adsync-rules diff <Documenter report.html>     (its pilot configuration against its production one)
  adsync-rules lineage <attribute> <file-or-folder>... [--format text|json]
  adsync-rules health <primary> [<staging>] [--format text|json|markdown]
  adsync-rules eval --rules <file-or-folder>... --object <sample.json> [--format text|json] [--now <ISO date>]

Inputs: Rules Editor exports (.ps1), Config Documenter scripts (.ps1.txt) and reports (.html),
Get-ADSyncServerConfiguration folders, or folders holding any of these.
Settings: --config <file>, else .adsync-rules.json in the working folder: {"checks": {"AADC004": "off"}}.
Exit codes: 0 fine (diff: equivalent), 1 findings at the --fail-on level (diff: the servers differ; lineage: no flow writes it; eval: a winning flow fails; health: a switch-over blocker), 2 usage or I/O error.
`;

/** Runs one CLI invocation; returns the exit code. Never throws for bad input or usage. */
export function runCli(argv: string[], given: CliIo): number {
  const io: CliIo = { ...given, files: rememberingTexts(given.files) };
  try {
    const args = parseArgs(argv);
    if (args.command === undefined) throw new UsageError('no command given');
    if (args.options.has('help') || args.command === 'help' || args.command === '--help') {
      io.out(USAGE);
      return 0;
    }
    if (args.command === 'version' || args.command === '--version') {
      io.out(io.version + '\n');
      return 0;
    }
    if (args.command === 'diff') return runDiff(args, io);
    if (args.command === 'lineage') return runLineage(args, io);
    if (args.command === 'eval') return runEval(args, io);
    if (args.command === 'health') return runHealth(args, io);
    if (args.command !== 'show' && args.command !== 'lint') throw new UsageError(`unknown command '${args.command}'`);
    if (args.command === 'show') {
      rejectUnknownOptions(args, ['format']);
      const format = choice(args, 'format', ['text', 'json'] as const, 'text');
      const readings = readAll(args.command, args.paths, io);
      io.out(format === 'json' ? JSON.stringify({ inputs: readings.map(readingToJson) }, null, 2) + '\n' : showText(readings));
      return 0;
    }
    rejectUnknownOptions(args, ['format', 'fail-on', 'config']);
    const format = choice(args, 'format', ['text', 'json', 'sarif'] as const, 'text');
    const failOn = choice(args, 'fail-on', ['error', 'warning', 'never'] as const, 'error');
    const config = args.options.get('config');
    const settings = loadSettings(typeof config === 'string' ? config : undefined, process.cwd());
    const texts = textsOf(io.files);
    const reports = lintReadings(readAll(args.command, args.paths, io), texts, settings);
    if (format === 'json') io.out(JSON.stringify({ files: reports.map((r) => ({ ...r, diagnostics: r.diagnostics.map(plainDiagnostic) })) }, null, 2) + '\n');
    else if (format === 'sarif') {
      const sarif = toSarif(reports, { version: io.version, metas: allCheckMetas(), root: process.cwd(), docsBase: settings.docsBase, textOf: texts });
      io.out(JSON.stringify(sarif, null, 2) + '\n');
    }
    else io.out(lintText(reports));
    return reachesLevel(reports, failOn) ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`adsync-rules: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError || isIoError(e)) {
      io.err(`adsync-rules: ${e instanceof InputError ? e.message : ioMessage(e)}\n`);
      return 2;
    }
    throw e;
  }
}

/** Usage is checked before anything is read, so a typo in an option costs no reading time. */
function readAll(command: string, paths: string[], io: CliIo) {
  if (paths.length === 0) throw new UsageError(`${command} needs at least one file or folder`);
  return expandInputs(paths, io.files).map((ref) => readInput(ref, io.files));
}

function plainDiagnostic(d: import('vscode-languageserver-types').Diagnostic) {
  return { code: d.code, severity: (['error', 'warning', 'information', 'hint'] as const)[(d.severity ?? 1) - 1], message: d.message, range: d.range };
}

function isIoError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && 'syscall' in e;
}

function ioMessage(e: NodeJS.ErrnoException): string {
  return `${e.path ?? ''}: ${e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a folder' : e.message}`;
}
