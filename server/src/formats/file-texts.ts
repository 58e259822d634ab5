import type { FileSource } from './file-source';

/** File texts for placing findings; read once each, and a file that vanished gives no text rather than a crash. */
export function textsOf(files: FileSource): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (file: string) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, files.readText(file));
      } catch {
        cache.set(file, undefined);
      }
    }
    return cache.get(file);
  };
}
