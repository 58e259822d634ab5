import * as fs from 'node:fs';
import type { FileSource } from './file-source';

export const nodeFileSource: FileSource = {
  readText: (path) => decode(fs.readFileSync(path)),
  isDirectory: (path) => fs.statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
  exists: (path) => fs.existsSync(path),
  list: (path) => fs.readdirSync(path).sort(),
  realPath: (path) => fs.realpathSync(path),
};

/**
 * Windows PowerShell 5.1 writes UTF-16 with a byte-order mark (`>` and Out-File); Notepad and the
 * Rules Editor write UTF-8, with or without one. The mark decides; without one the text is UTF-8.
 */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return swapBytes(bytes.subarray(2)).toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function swapBytes(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return copy.swap16();
}
