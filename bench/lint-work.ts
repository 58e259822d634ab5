import { readPowerShellScript } from '../server/src/formats/powershell-script';
import { lintReadings } from '../server/src/service/lint';

/** The whole of `lint` on one script, in-process: read (scan, parse, model) and every check. Returns the finding count. */
export function lintWork(text: string, file = 'bench.ps1'): number {
  const reading = readPowerShellScript(file, text);
  return lintReadings([reading], (f) => (f === file ? text : undefined)).reduce((n, r) => n + r.diagnostics.length, 0);
}

/** The least a reader can do: one regex pass over the text's tokens (words, strings, variables, operators). */
const TOKEN = /'(?:[^']|'')*'|"(?:[^"`]|`.)*"|\$\w+|-\w+|[\w.-]+|`|[^\s\w]/g;
export function tokenScan(text: string): number {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text)) n++;
  return n;
}
