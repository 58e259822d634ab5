/**
 * Attribute names in rules are matched without regard to case: the AD schema spells
 * `mS-DS-ConsistencyGuid`, Microsoft's pages write `ms-DS-ConsistencyGuid` (DOMAIN §7.3).
 */
export function attributeKey(name: string): string {
  return name.trim().toLowerCase();
}

export function isAttribute(name: string | null | undefined, ...candidates: string[]): boolean {
  if (!name) return false;
  const key = attributeKey(name);
  return candidates.some((c) => attributeKey(c) === key);
}

export const CONSISTENCY_GUID = 'mS-DS-ConsistencyGuid';

/** Attributes that carry the object's anchor; a join on them decides which identity an object becomes. */
export const ANCHOR_JOIN_ATTRIBUTES = ['objectGUID', CONSISTENCY_GUID, 'sourceAnchorBinary'] as const;
