import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { FileSource } from '../../formats/file-source';

/** One key per file however its path was written; Windows paths compare without case (drive letters differ in URIs). */
export function fileKey(file: string, platform: NodeJS.Platform = process.platform): string {
  const resolved = path.resolve(file);
  return platform === 'win32' ? resolved.toLowerCase() : resolved;
}

export function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * The file source with a note of what each file held when it was read, so a later request can tell
 * whether an open document still has the text the comparison saw.
 */
export function recordingFileSource(files: FileSource): { files: FileSource; hashes: Map<string, string> } {
  const hashes = new Map<string, string>();
  return {
    hashes,
    files: {
      isDirectory: (file) => files.isDirectory(file),
      exists: (file) => files.exists(file),
      list: (file) => files.list(file),
      realPath: files.realPath && ((file) => files.realPath!(file)),
      readText(file) {
        const text = files.readText(file);
        hashes.set(fileKey(file), textHash(text));
        return text;
      },
    },
  };
}
