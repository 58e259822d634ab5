import { attributeLineage, lineageToJson } from '../service/lineage/lineage';
import { readCompareSide } from '../service/compare/read-side';
import { choice, rejectUnknownOptions, UsageError, type ParsedArgs } from './args';
import { lineageText } from './lineage-text';
import type { CliIo } from './main';

/**
 * `lineage <attribute> <inputs...>`: every flow that writes the attribute across the inputs, as one
 * server's rule set (a Documenter report stands for its pilot configuration). Exit 0 when some flow
 * writes it, 1 when none does.
 */
export function runLineage(args: ParsedArgs, io: CliIo): number {
  rejectUnknownOptions(args, ['format']);
  const format = choice(args, 'format', ['text', 'json'] as const, 'text');
  const [attribute, ...inputs] = args.paths;
  if (!attribute || inputs.length === 0) throw new UsageError('lineage takes an attribute name and at least one file or folder');
  const side = readCompareSide(inputs, 'primary', io.files);
  if (side.readingErrors) io.err(`adsync-rules: ${side.readingErrors} syntax or binding error(s) while reading; run \`adsync-rules lint\` on the inputs\n`);
  const lineage = attributeLineage(side.ruleSet.rules, attribute);
  io.out(format === 'json' ? JSON.stringify(lineageToJson(lineage), null, 2) + '\n' : lineageText(lineage, side.label));
  return lineage.groups.length ? 0 : 1;
}
