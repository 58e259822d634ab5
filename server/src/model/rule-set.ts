import type { Diagnostic } from 'vscode-languageserver-types';
import type { SyncRule } from './sync-rule';

export type InputFormat = 'sre-export' | 'documenter-script' | 'documenter-report' | 'server-config';

export interface Connector {
  /** Lower-case GUID without braces, when known. */
  id: string | null;
  name: string | null;
  /** `AD`, `Extensible2`, … (server-config only). */
  category?: string;
  subtype?: string;
  file?: string;
}

/** Settings a server export carries in GlobalSettings/MV.xml (the values as written). */
export interface GlobalSettings {
  file: string;
  server?: string;
  serverConfigurationVersion?: string;
  anchorAttribute?: string;
  upnAttribute?: string;
  /** Every `<parameter name=…>` of MV.xml. */
  parameters: Record<string, string>;
  /** The metaverse schema's attributes. */
  mvAttributes?: MvAttribute[];
}

export interface MvAttribute {
  name: string;
  multiValued?: boolean;
  indexable?: boolean;
  /** LDAP syntax OID from the DSML schema (e.g. 1.3.6.1.4.1.1466.115.121.1.15 for a string). */
  syntax?: string;
}

/** One configuration: the rules of one server (or of one side of a Documenter report). */
export interface RuleSet {
  label: string;
  rules: SyncRule[];
  connectors: Connector[];
  globalSettings?: GlobalSettings;
}

/** Diagnostics are the LSP type, with plain-text messages and the file they belong to (an input may span several). */
export type PlainDiagnostic = Omit<Diagnostic, 'message'> & { message: string };
export type FileDiagnostic = PlainDiagnostic & { file: string };

/** What one input (a file or a server-config folder) holds. */
export interface InputReading {
  source: string;
  format: InputFormat;
  configs: RuleSet[];
  diagnostics: FileDiagnostic[];
  /** Every file the reading looked at, with how many rules it defines. */
  files: { path: string; rules: number }[];
}
