import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckMeta } from '../checks/check';
import { LineIndex } from '../model/line-index';
import type { FileReport } from '../service/lint';
import { severityName } from '../service/lint';
import { addTo } from '../model/multimap';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export interface SarifOptions {
  version: string;
  /** Every check's metadata: the run lists them as `tool.driver.rules`. */
  metas: readonly CheckMeta[];
  /** Artifact URIs are relative to this folder (`%SRCROOT%`), so results stay the same on any clone. */
  root: string;
  docsBase?: string;
  textOf(file: string): string | undefined;
}

/** SARIF 2.1.0, the format code-scanning tools read; regions are 1-based there. */
export function toSarif(reports: FileReport[], options: SarifOptions) {
  const rules = ruleDescriptors(options);
  const index = new Map(rules.map((r, k) => [r.id, k]));
  const relative = (file: string) => path.relative(options.root, path.resolve(file)).split(path.sep).join('/');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'adsync-rules', version: options.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.root).href.replace(/\/?$/, '/') } },
        artifacts: reports.map((r) => ({ location: { uri: relative(r.path), uriBaseId: '%SRCROOT%' } })),
        results: reports.flatMap((r, artifact) => {
          const text = options.textOf(r.path);
          const lines = text === undefined ? undefined : new LineIndex(text);
          const seen = new Map<string, number>();
          return r.diagnostics.map((d) => {
            const ruleId = String(d.code);
            const flagged = lines ? lines.text.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end)) : '';
            // Stable when lines move: the code, the file and the flagged characters, numbered when they repeat.
            const key = `${ruleId}|${relative(r.path)}|${flagged}|${d.message}`;
            const n = (seen.get(key) ?? 0) + 1;
            seen.set(key, n);
            const result: Record<string, unknown> = {
              ruleId,
              level: LEVEL[severityName(d)],
              message: { text: d.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: relative(r.path), uriBaseId: '%SRCROOT%', index: artifact },
                    region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
                  },
                },
              ],
              partialFingerprints: { 'adsyncRulesFinding/v1': createHash('sha256').update(`${key}|${n}`).digest('hex').slice(0, 32) },
            };
            if (index.has(ruleId)) result.ruleIndex = index.get(ruleId);
            return result;
          });
        }),
      },
    ],
  };
}

/** One descriptor per code; codes reported by several facets name them all. */
function ruleDescriptors(options: SarifOptions) {
  const byId = new Map<string, CheckMeta[]>();
  for (const m of options.metas) addTo(byId, m.id, m);
  return [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, facets]) => {
      const worst = facets.some((f) => f.severity === 'error') ? 'error' : facets.some((f) => f.severity === 'warning') ? 'warning' : 'information';
      const descriptor: Record<string, unknown> = {
        id,
        name: facets.map((f) => f.name).join('/'),
        shortDescription: { text: facets[0].summary },
        fullDescription: { text: facets.map((f) => f.summary).join(' ') },
        defaultConfiguration: { level: LEVEL[worst] },
      };
      if (options.docsBase) descriptor.helpUri = `${options.docsBase}${id}.md`;
      return descriptor;
    });
}
