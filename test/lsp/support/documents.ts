import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { repoDir } from '../../support/corpus';

/** A file: URI under the repository for a document the tests open; nothing is written there, the server only names it. */
export function docUri(name: string): string {
  return pathToFileURL(path.join(repoDir, 'test', 'lsp', 'virtual', name)).href;
}

const ruleHeader = [
  'New-ADSyncRule  `',
  "-Name 'In from AD - User LSP Title' `",
  "-Identifier '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901' `",
  "-Description '' `",
  "-Direction 'Inbound' `",
  '-Precedence 47 `',
  "-PrecedenceAfter '00000000-0000-0000-0000-000000000000' `",
  "-PrecedenceBefore '00000000-0000-0000-0000-000000000000' `",
  "-SourceObjectType 'user' `",
  "-TargetObjectType 'person' `",
  "-Connector '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' `",
  "-LinkType 'Join' `",
  '-SoftDeleteExpiryInterval 0 `',
  "-ImmutableTag '' `",
  '-OutVariable syncRule',
  '',
  '',
  'Add-ADSyncAttributeFlowMapping  `',
  '-SynchronizationRule $syncRule[0] `',
  "-Source @('title') `",
  "-Destination 'title' `",
  "-FlowType 'Direct' `",
];
const ruleFooter = ['-OutVariable syncRule', '', '', 'Add-ADSyncRule  `', '-SynchronizationRule $syncRule[0]', ''];

/** The line whose quote the broken rule leaves open (0-based), and the column of that quote. */
export const UNTERMINATED_LINE = ruleHeader.length;
export const UNTERMINATED_QUOTE = "-ValueMergeType 'Update `".indexOf("'");

/** An export-layout rule whose `-ValueMergeType 'Update` never closes its quote. */
export const brokenRule = [...ruleHeader, "-ValueMergeType 'Update `", ...ruleFooter].join('\n');
/** The same rule as it should be: the one edit that fixes brokenRule is inserting ' after Update. */
export const fixedRule = [...ruleHeader, "-ValueMergeType 'Update' `", ...ruleFooter].join('\n');
export const FIX_POSITION = { line: UNTERMINATED_LINE, character: "-ValueMergeType 'Update".length };

/** Everyday PowerShell (with the same unterminated string) that builds no sync rule: not ours to judge. */
export const ordinaryPowerShell = [
  'param([string]$Server = "localhost")',
  '$services = Get-Service -ComputerName $Server | Where-Object { $_.Status -eq "Running" }',
  "Write-Host 'services on $Server",
  'foreach ($s in $services) { "{0,-30} {1}" -f $s.Name, $s.Status }',
  '',
].join('\n');
