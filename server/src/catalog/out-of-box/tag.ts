/** Standard (out-of-box) tags start with `Microsoft.`, case-insensitively, as the engine's IsStandardTag does. */
export function isStandardTag(tag: string | null | undefined): boolean {
  return /^microsoft\./i.test(tag ?? '');
}

export interface SplitTag {
  /** `Microsoft.InfromADUserJoin.` — the tag without its version, dot kept (the engine's VersionAgnosticTag). */
  agnostic: string;
  /** 4 for `.004`; null when the tag has no version digits. */
  version: number | null;
}

/** The engine splits a tag with `^(.*\.)([0-9]*$)`; a tag without a dot has no such split. */
export function splitTag(tag: string): SplitTag | undefined {
  const m = /^(.*\.)([0-9]*)$/.exec(tag.trim());
  if (!m) return undefined;
  return { agnostic: m[1], version: m[2] === '' ? null : Number(m[2]) };
}

/**
 * Whether a `Microsoft.*` tag follows from the rule's name the way the installer derives its tags
 * ("In from AD - User Join" → `Microsoft.InfromADUserJoin.NNN`). A shipped rule of a version or feature
 * the catalogue has not seen passes; a tag someone typed onto a rule of their own rarely does.
 * Only a plausibility test: some shipped tags do not follow the pattern, and those are in the catalogue.
 */
export function tagFollowsFromName(tag: string, name: string | null): boolean {
  if (name === null) return false;
  const m = /^microsoft\.([A-Za-z0-9]+)\.\d{3}$/i.exec(tag.trim());
  if (!m) return false;
  if (!/^(In from|Out to) (AD|AAD) - /.test(name)) return false;
  const derived = name.replace(/^In from /, 'Infrom').replace(/^Out to /, 'Outto').replace(/[\s-]+/g, '');
  return derived.toLowerCase() === m[1].toLowerCase();
}
