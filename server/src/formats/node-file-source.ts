import * as fs from 'node:fs';
import type { FileSource } from './file-source';

export const nodeFileSource: FileSource = {
  readText: (path) => stripBom(fs.readFileSync(path, 'utf8')),
  isDirectory: (path) => fs.statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false,
  exists: (path) => fs.existsSync(path),
  list: (path) => fs.readdirSync(path).sort(),
};

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
