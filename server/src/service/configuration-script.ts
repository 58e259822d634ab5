import type { FileSource } from '../formats/file-source';
import type { SyncRule } from '../model/sync-rule';
import { createRuleCommands } from '../diff/script-rule';
import { commentText, joinBlocks, quote } from '../diff/script-powershell';
import { expandInputs, readInput } from './inputs';

/**
 * Any input — a server-config folder, a Documenter report (both sides), an export — written out in the
 * Rules Editor's export layout, so an engineer reads every rule the same way whatever file it came from.
 */
export function configurationAsScript(path: string, files: FileSource): { text: string; rules: number } {
  const blocks: string[] = [];
  let rules = 0;
  for (const reading of expandInputs([path], files).map((ref) => readInput(ref, files))) {
    for (const config of reading.configs) {
      blocks.push(`# ${commentText(reading.source)} (${reading.format}) — ${commentText(config.label)}: ${config.rules.length} rule${config.rules.length === 1 ? '' : 's'}. Read-only view written by adsync-rules.`);
      for (const rule of config.rules) {
        blocks.push(`# ${commentText(rule.name.value ?? '(unnamed)')}`, ...createRuleCommands(rule, connectorArgument(rule)));
        rules++;
      }
    }
  }
  return { text: joinBlocks(blocks), rules };
}

/** The connector as a script would name it: its GUID when the input says it, else a lookup by its name. */
function connectorArgument(rule: SyncRule): string {
  const id = rule.connector.id.value;
  if (id) return quote(id);
  const name = rule.connector.name.value;
  return name ? `(Get-ADSyncConnector -Name ${quote(name)}).Identifier` : quote('');
}
