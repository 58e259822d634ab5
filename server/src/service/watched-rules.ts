import type { SyncRule } from '../model/sync-rule';

/**
 * One bit per field of a rule, so what a check read is a number. The type lists every field of SyncRule:
 * a field added to the model without a bit here does not compile.
 */
const FIELD_BITS: Record<keyof SyncRule, number> = {
  file: 1 << 0,
  range: 1 << 1,
  selectionRange: 1 << 2,
  name: 1 << 3,
  identifier: 1 << 4,
  description: 1 << 5,
  direction: 1 << 6,
  precedence: 1 << 7,
  precedenceAfter: 1 << 8,
  precedenceBefore: 1 << 9,
  connector: 1 << 10,
  sourceObjectType: 1 << 11,
  targetObjectType: 1 << 12,
  linkType: 1 << 13,
  immutableTag: 1 << 14,
  disabled: 1 << 15,
  enablePasswordSync: 1 << 16,
  softDeleteExpiryInterval: 1 << 17,
  flows: 1 << 18,
  scopeGroups: 1 << 19,
  joinGroups: 1 << 20,
  committed: 1 << 21,
  mark: 1 << 22,
};
const FIELDS = Object.keys(FIELD_BITS) as (keyof SyncRule)[];

/**
 * What is not a rule field: the script, the reading as a whole. They change with every edit, so a check
 * that looked at them is run again every time.
 */
export const BEYOND_RULES = 1 << 30;

/** Every field and beyond. */
export const EVERYTHING = 2 ** 31 - 1;

/** The fields of a rule that the connectors of its configuration are derived from. */
export const CONNECTOR_FIELDS = FIELD_BITS.connector;

/** Records which fields of the rules a check reads while it runs. */
export class ReadRecorder {
  mask = 0;
}

/**
 * The rules as a check sees them, each field read through a getter that records it. Wrappers keep the
 * rule as their prototype's target: a check compares, collects and returns them like rules.
 */
export function watchedRules(rules: readonly SyncRule[], recorder: ReadRecorder): SyncRule[] {
  const proto = watchedPrototype(recorder);
  return rules.map((rule) => {
    const watched = Object.create(proto) as { rule: SyncRule };
    watched.rule = rule;
    return watched as unknown as SyncRule;
  });
}

function watchedPrototype(recorder: ReadRecorder): object {
  const proto = {};
  for (const field of FIELDS) {
    const bit = FIELD_BITS[field];
    Object.defineProperty(proto, field, {
      get(this: { rule: SyncRule }) {
        recorder.mask |= bit;
        return this.rule[field];
      },
      enumerable: true,
    });
  }
  return proto;
}

const MAX_COMPARED = 64;

/**
 * The fields that differ between two lists of the same configuration's rules, rule by rule (rules taken
 * over from the previous reading are the same objects and cost nothing). Another number of rules is
 * everything.
 */
export function changedFields(before: readonly SyncRule[], after: readonly SyncRule[]): number {
  if (before.length !== after.length) return EVERYTHING;
  // A text read afresh, or lines added above most rules, leaves few rules the same objects: comparing
  // every field of the others costs more than it saves.
  let others = 0;
  for (let k = 0; k < after.length; k++) if (before[k] !== after[k] && ++others > MAX_COMPARED) return EVERYTHING;
  let mask = 0;
  for (let k = 0; k < after.length; k++) {
    const a = before[k];
    const b = after[k];
    if (a === b) continue;
    for (const field of FIELDS) if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) mask |= FIELD_BITS[field];
  }
  return mask;
}
