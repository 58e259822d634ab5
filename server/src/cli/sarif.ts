import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileReport } from '../service/lint';
import { severityName } from '../service/lint';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0, the format code-scanning tools read; regions are 1-based there. */
export function toSarif(reports: FileReport[], version: string) {
  const ruleIds = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => String(d.code))))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'adsync-rules', version, rules: ruleIds.map((id) => ({ id })) } },
        artifacts: reports.map((r) => ({ location: { uri: pathToFileURL(path.resolve(r.path)).href } })),
        results: reports.flatMap((r, index) =>
          r.diagnostics.map((d) => ({
            ruleId: String(d.code),
            level: LEVEL[severityName(d)],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: pathToFileURL(path.resolve(r.path)).href, index },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
