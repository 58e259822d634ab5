import * as path from 'node:path';
import type { FileSource } from '../../../../server/src/formats/file-source';

/** An errno-shaped error like the one fs.readFileSync throws, for failures a root-run test cannot cause on disk. */
export function errnoError(code: string, syscall: string, filePath: string): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: ${syscall} '${filePath}'`);
  e.code = code;
  e.syscall = syscall;
  e.path = filePath;
  return e;
}

/**
 * Files held in memory (absolute POSIX paths). `failing` maps a path to the error reading it throws;
 * `reads` records every readText call so a test can tell what was read before an answer.
 */
export function memoryFiles(contents: Record<string, string>, failing: Record<string, Error> = {}) {
  const all = [...Object.keys(contents), ...Object.keys(failing)];
  const dirs = new Set<string>();
  for (const p of all) for (let d = path.dirname(p); !dirs.has(d) && d !== path.dirname(d); d = path.dirname(d)) dirs.add(d);
  const reads: string[] = [];
  const source: FileSource = {
    readText(p) {
      reads.push(p);
      if (failing[p]) throw failing[p];
      const text = contents[p];
      if (text === undefined) throw errnoError('ENOENT', 'open', p);
      return text;
    },
    isDirectory: (p) => dirs.has(p),
    exists: (p) => dirs.has(p) || all.includes(p),
    list: (p) => [...new Set(all.filter((f) => f.startsWith(p + '/')).map((f) => f.slice(p.length + 1).split('/')[0]))].sort(),
  };
  return { source, reads };
}
