import type { FileSource } from '../server/src/formats/file-source';
import { diffRuleSets } from '../server/src/diff/diff-rule-sets';
import { readCompareSide, type CompareSide } from '../server/src/service/compare/read-side';

/** Both sides as `adsync-rules diff` reads them, from texts held in memory (no disk in the measurement). */
export function readSides(primary: string, staging: string): { primary: CompareSide; staging: CompareSide } {
  const files = memoryFiles({ '/bench/primary.ps1': primary, '/bench/staging.ps1': staging });
  return { primary: readCompareSide(['/bench/primary.ps1'], 'primary', files), staging: readCompareSide(['/bench/staging.ps1'], 'staging', files) };
}

/** The comparison alone, on sides already read; returns how many rules differ. */
export function diffWork(sides: { primary: CompareSide; staging: CompareSide }): number {
  const result = diffRuleSets(sides.primary.ruleSet, sides.staging.ruleSet, { map: new Map() });
  return result.rules.filter((r) => r.status !== 'same').length;
}

function memoryFiles(texts: Record<string, string>): FileSource {
  return {
    readText: (p) => {
      const t = texts[p];
      if (t === undefined) throw new Error(`ENOENT: ${p}`);
      return t;
    },
    isDirectory: () => false,
    exists: (p) => p in texts,
    list: () => [],
  };
}
