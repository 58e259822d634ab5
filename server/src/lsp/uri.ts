import { fileURLToPath, pathToFileURL } from 'node:url';

export const URI = {
  /** File path for file: URIs; other schemes (untitled:, vscode-remote:) keep the URI as the name. */
  toPath(uri: string): string {
    if (!uri.startsWith('file:')) return uri;
    try {
      return fileURLToPath(uri);
    } catch {
      // A UNC share (file://server/share/…) has no local path here; the URI still names the file.
      return uri;
    }
  },
  /** The reverse: a path becomes a file: URI, a name that already is a URI stays as it is. */
  fromPath(path: string): string {
    // Two letters at least before the colon: `C:` is a Windows drive, not a scheme.
    return /^[a-z][a-z0-9+.-]+:/i.test(path) ? path : pathToFileURL(path).href;
  },
};
