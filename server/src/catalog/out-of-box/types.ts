/**
 * The shape of the out-of-box rule catalogue: what each shipped rule looks like, as fingerprints.
 * No expression, constant or scope value of Microsoft's rules is kept; only names, enumerations,
 * attribute names and short hashes (see fingerprint.ts).
 */

/** Wizard choices that the installer writes into some standard rules (Microsoft.SynchronizationOption.* in MV.xml). */
export type WizardSetting = 'anchorAttribute' | 'upnAttribute' | 'joinCriteria';

export type WizardSettings = Partial<Record<WizardSetting, string>>;

export type ConnectorKind = 'AD' | 'AAD';

/** One export the catalogue was generated from. */
export interface CatalogueSource {
  id: string;
  /** Path below the corpus folder. */
  path: string;
  what: string;
  /** The wizard choices of the server it came from, where known. */
  settings: WizardSettings;
}

export interface FlowPrint {
  destination: string;
  flowType: string;
  mergeType: string;
  /** Present only when set. */
  executeOnce?: true;
  /**
   * Hash of destination, flow type, merge type, execute-once and the value (the expression's normal form,
   * or the source attributes / constant). When it differs but the fields above match, the value changed.
   */
  fingerprint: string;
  /** The installer writes these wizard choices into the flow; another server may differ here legitimately. */
  dependsOn?: WizardSetting[];
}

export interface ClausePrint {
  attribute: string;
  fingerprint: string;
}

/** A scope group is an AND of clauses: its fingerprint does not depend on their order. */
export interface ScopeGroupPrint {
  fingerprint: string;
  clauses: ClausePrint[];
}

export interface JoinConditionPrint {
  csAttribute: string;
  mvAttribute: string;
  fingerprint: string;
}

export interface JoinGroupPrint {
  fingerprint: string;
  conditions: JoinConditionPrint[];
  dependsOn?: WizardSetting[];
}

/** One tag and version of a standard rule, e.g. `Microsoft.InfromADUserJoin.004`. */
export interface VersionEntry {
  tag: string;
  version: number;
  name: string;
  direction: string;
  linkType: string;
  connector: ConnectorKind;
  sourceObjectType: string;
  targetObjectType: string;
  /** Hash of the description with its whitespace collapsed; absent when the rule has none. */
  description?: string;
  softDeleteExpiryInterval: string;
  /** Present only when set (the AccountEnabled and Out to AAD - User Join rules). */
  enablePasswordSync?: true;
  /** Ids of the sources this version was seen in (identical wherever it appears). */
  seenIn: string[];
  /** Rule Identifiers seen in those sources. They differ per installation, so they only match scripts from those servers. */
  identifiers: string[];
  /** The wizard choices the printed content was made with (from the sources). */
  settings: WizardSettings;
  /** Sorted by destination: a rule flows each destination at most once. */
  flows: FlowPrint[];
  /** Sorted by fingerprint: scope groups are OR'ed, so their order does not matter. */
  scopeGroups: ScopeGroupPrint[];
  /** In the rule's order: the engine tries join groups top down. */
  joinGroups: JoinGroupPrint[];
}

/** Every version of one rule, keyed by the tag without its version (`Microsoft.InfromADUserJoin.`). */
export interface FamilyEntry {
  agnosticTag: string;
  /** Names seen across its versions. */
  names: string[];
  /** Keyed by the full tag. */
  versions: Record<string, VersionEntry>;
}

export interface OutOfBoxCatalogue {
  sources: CatalogueSource[];
  families: Record<string, FamilyEntry>;
}
