// "ADSync: Open Configuration…": any input shown as a read-only script in the export layout. Declared once.

/** `adsyncRules/openConfiguration`: read a file or folder from disk and write its rules out. */
export const OpenConfigurationRequest = { method: 'adsyncRules/openConfiguration' } as const;

export interface OpenConfigurationParams {
  path: string;
}

export interface OpenConfigurationResult {
  text: string;
  rules: number;
}
