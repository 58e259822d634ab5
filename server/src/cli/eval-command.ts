import { readCompareSide } from '../service/compare/read-side';
import { evaluateRules } from '../service/evaluate-rules/evaluate-rules';
import { readSample } from '../service/evaluate-rules/sample-file';
import { choice, rejectUnknownOptions, UsageError, type ParsedArgs } from './args';
import { evalJson, evalText } from './eval-text';
import type { CliIo } from './main';

/**
 * `eval --rules <inputs...> --object sample.json`: the inbound rules in scope for the sample object, each
 * flow's result and the final value per metaverse attribute. Exit 0, 1 when a winning flow fails
 * (Error(…) or an expression that cannot be evaluated), 2 on usage or input errors.
 */
export function runEval(args: ParsedArgs, io: CliIo): number {
  rejectUnknownOptions(args, ['rules', 'object', 'format', 'now']);
  const format = choice(args, 'format', ['text', 'json'] as const, 'text');
  const first = args.options.get('rules');
  const objectFile = args.options.get('object');
  if (typeof first !== 'string' || typeof objectFile !== 'string') throw new UsageError('eval takes --rules <file-or-folder>... and --object <sample.json>');
  const now = args.options.get('now');
  const sample = readSample(io.files.readText(objectFile));
  for (const p of sample.problems) io.err(`adsync-rules: ${objectFile}: ${p}\n`);
  const side = readCompareSide([first, ...args.paths], 'primary', io.files);
  const result = evaluateRules(side.ruleSet.rules, sample, typeof now === 'string' ? { now } : {});
  io.out(format === 'json' ? JSON.stringify(evalJson(result, sample), null, 2) + '\n' : evalText(result, sample, side.label));
  return result.final.some((f) => f.error) ? 1 : 0;
}
