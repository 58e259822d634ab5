import { buildHealthReport } from '../service/health/build-health';
import { blocked, healthMarkdown, healthText } from '../service/health/health-report';
import { choice, rejectUnknownOptions, UsageError, type ParsedArgs } from './args';
import type { CliIo } from './main';

/**
 * `health <primary> [<staging>]`: how custom each server is and where it strays, and with two servers what
 * stands in the way of a switch-over. Exit 1 when a switch-over blocker is found, 2 on usage or input errors.
 */
export function runHealth(args: ParsedArgs, io: CliIo): number {
  rejectUnknownOptions(args, ['format']);
  const format = choice(args, 'format', ['text', 'json', 'markdown'] as const, 'text');
  if (args.paths.length === 0 || args.paths.length > 2) throw new UsageError('health takes a primary input and, optionally, a staging input');
  const report = buildHealthReport([args.paths[0]], args.paths[1] === undefined ? undefined : [args.paths[1]], io.files);
  io.out(format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'markdown' ? healthMarkdown(report) : healthText(report));
  return blocked(report) ? 1 : 0;
}
