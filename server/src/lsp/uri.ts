import { fileURLToPath } from 'node:url';

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
};
