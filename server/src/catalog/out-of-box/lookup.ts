import { CATALOG } from './catalog.generated';
import { isStandardTag, splitTag, tagFollowsFromName } from './tag';
import type { FamilyEntry, OutOfBoxCatalogue, VersionEntry } from './types';
import { addTo } from '../../model/multimap';

export type TagLookup =
  /** The tag and its version are in the catalogue: the rule can be compared. */
  | { kind: 'known'; family: FamilyEntry; entry: VersionEntry }
  /** A shipped rule the catalogue knows, in a version it has not seen: nothing can be said about its content. */
  | { kind: 'unknown-version'; family: FamilyEntry }
  /** A `Microsoft.*` tag the catalogue has never seen. */
  | { kind: 'unknown-tag' }
  /** Empty, or not a `Microsoft.*` tag. */
  | { kind: 'not-standard' };

/** Lookups over a catalogue; `outOfBox` is the one generated from the corpus. */
export class OutOfBoxLookup {
  private readonly byAgnostic = new Map<string, FamilyEntry>();
  private readonly names = new Map<string, FamilyEntry[]>();
  private readonly identifiers = new Map<string, VersionEntry>();

  constructor(readonly catalogue: OutOfBoxCatalogue) {
    for (const family of Object.values(catalogue.families)) {
      // The engine compares tags case-insensitively (IsStandardTag); so does the lookup.
      this.byAgnostic.set(family.agnosticTag.toLowerCase(), family);
      for (const name of family.names) {
        const key = name.toLowerCase();
        addTo(this.names, key, family);
      }
      for (const entry of Object.values(family.versions)) for (const id of entry.identifiers) this.identifiers.set(id, entry);
    }
  }

  /** By the full tag, e.g. `Microsoft.InfromADUserJoin.004` (the version's zero padding does not matter). */
  tag(tag: string | null | undefined): TagLookup {
    if (!tag || !isStandardTag(tag)) return { kind: 'not-standard' };
    const split = splitTag(tag);
    const family = split && this.byAgnostic.get(split.agnostic.toLowerCase());
    if (!family) return { kind: 'unknown-tag' };
    const entry = Object.values(family.versions).find((v) => v.version === split.version);
    return entry ? { kind: 'known', family, entry } : { kind: 'unknown-version', family };
  }

  /** By the tag without its version, e.g. `Microsoft.InfromADUserJoin.`. */
  family(agnosticTag: string): FamilyEntry | undefined {
    return this.byAgnostic.get(agnosticTag.toLowerCase());
  }

  /** The families whose shipped rules carry this name (in any version). */
  byName(name: string | null | undefined): FamilyEntry[] {
    return name ? (this.names.get(name.trim().toLowerCase()) ?? []) : [];
  }

  isStandardName(name: string | null | undefined): boolean {
    return this.byName(name).length > 0;
  }

  /** Rule Identifiers differ per installation: this only finds rules of the servers the catalogue came from. */
  byIdentifier(id: string | null | undefined): VersionEntry | undefined {
    return id ? this.identifiers.get(id.trim().replace(/^\{|\}$/g, '').toLowerCase()) : undefined;
  }

  /**
   * A `Microsoft.*` tag that names a shipped rule: in the catalogue, or (for versions and features the
   * catalogue has not seen) derived from the rule's name the way the installer derives tags.
   */
  looksShipped(tag: string | null | undefined, name: string | null | undefined): boolean {
    const found = this.tag(tag);
    if (found.kind === 'known' || found.kind === 'unknown-version') return true;
    return found.kind === 'unknown-tag' && tagFollowsFromName(tag!, name ?? null);
  }
}

export const outOfBox = new OutOfBoxLookup(CATALOG);
