// What the editor's language status item shows for a document. Declared once for client and server.

/** `adsyncRules/status`: sent after each check of a document. */
export const StatusNotification = { method: 'adsyncRules/status' } as const;

export interface StatusParams {
  uri: string;
  /** False when the document builds no sync rule (ordinary PowerShell): the item hides. */
  ours: boolean;
  rules: number;
  errors: number;
  warnings: number;
  /** False when the user turned the extension off (`adsyncRules.enable`). */
  enabled: boolean;
}
