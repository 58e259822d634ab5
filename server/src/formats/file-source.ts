/** The file system as the readers see it; the CLI and the server pass the real one, tests may pass their own. */
export interface FileSource {
  readText(path: string): string;
  isDirectory(path: string): boolean;
  exists(path: string): boolean;
  /** Entry names (not paths) of a directory, sorted. */
  list(path: string): string[];
  /** The path with links resolved, so a folder reached twice (a symlink loop) is walked once. */
  realPath?(path: string): string;
}
