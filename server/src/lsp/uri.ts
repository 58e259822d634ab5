import { fileURLToPath } from 'node:url';

export const URI = {
  /** File path for file: URIs; other schemes (untitled:, vscode-remote:) keep the URI as the name. */
  toPath(uri: string): string {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  },
};
