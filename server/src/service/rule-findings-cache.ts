import type { FileDiagnostic, InputReading, RuleSet } from '../model/rule-set';
import type { SyncRule } from '../model/sync-rule';
import type { ConfigContext, RuleCheck, RuleContext } from '../checks/rule-check';
import type { MovedRule } from '../formats/powershell/rule-binder';
import { movedLines, namesALine } from '../model/moved-lines';
import { BEYOND_RULES, CONNECTOR_FIELDS, EVERYTHING, ReadRecorder, changedFields, watchedRules } from './watched-rules';

/** Findings with what of the configuration's rules they were worked out from (a mask of rule fields). */
export interface KeptFindings {
  reads: number;
  diagnostics: FileDiagnostic[];
}

/**
 * What the checks found, kept across edits of one document. The editor's reading takes unchanged rules
 * over as the same objects: a per-rule check's findings on such a rule, and a check across rules, are
 * found again only when a field they read changed in some rule.
 */
export class RuleFindingsCache {
  private readonly byRule = new WeakMap<SyncRule, RuleFindings>();
  private readonly byConfig = new Map<string, { rules: readonly SyncRule[]; byCheck: Map<RuleCheck, KeptFindings> }>();

  of(rule: SyncRule): RuleFindings {
    let found = this.byRule.get(rule);
    if (!found) this.byRule.set(rule, (found = { byCheck: new Map() }));
    return found;
  }

  /**
   * Findings of rules the reading took over as copies on other lines go with the copies, moved too:
   * those that depend on nothing but their rule and whose messages name no line (a message that says
   * "line 30" would now be wrong; such findings are found again).
   */
  carryOver(moved: readonly MovedRule[]): void {
    for (const { from, to, lines } of moved) {
      const found = this.byRule.get(from);
      if (!found || this.byRule.has(to)) continue;
      const carried: RuleFindings = { byCheck: new Map() };
      for (const [check, kept] of found.byCheck) if (kept.reads === 0 && !anyNamesALine(kept.diagnostics)) carried.byCheck.set(check, movedLines(kept, lines));
      if (found.expressions && !anyNamesALine(found.expressions)) carried.expressions = movedLines(found.expressions, lines);
      this.byRule.set(to, carried);
    }
  }

  /** The configuration's checks across rules, and the fields that changed in its rules since they ran. */
  config(ruleSet: RuleSet): { byCheck: Map<RuleCheck, KeptFindings>; changed: number } {
    const before = this.byConfig.get(ruleSet.label);
    // Called for a new text: whatever lies beyond the rules has changed.
    const changed = (before ? changedFields(before.rules, ruleSet.rules) : EVERYTHING) | BEYOND_RULES;
    const byCheck = before?.byCheck ?? new Map<RuleCheck, KeptFindings>();
    this.byConfig.set(ruleSet.label, { rules: ruleSet.rules, byCheck });
    return { byCheck, changed };
  }
}

function anyNamesALine(diagnostics: readonly FileDiagnostic[]): boolean {
  return diagnostics.some((d) => namesALine(d.message) || d.relatedInformation?.some((r) => namesALine(r.message)));
}

export interface RuleFindings {
  /** Per check (several checks share a code): its diagnostics on this rule, with what of the other rules they depend on. */
  byCheck: Map<RuleCheck, KeptFindings>;
  /** Every per-rule check's findings on this rule together, for the run of `checks` that made them. */
  all?: KeptFindings & { checks: readonly RuleCheck[] };
  expressions?: FileDiagnostic[];
}

/**
 * The context checks get when their findings are kept, watched: each field a check reads of the
 * configuration's rules is recorded; looking at the script or the whole reading counts as everything.
 * A per-rule check's own rule is not watched (its findings belong to that rule object), and per-rule
 * checks read the text only at their rule's own places.
 */
export class WatchedContext {
  readonly recorder = new ReadRecorder();
  readonly config: ConfigContext;

  constructor(ctx: ConfigContext) {
    const recorder = this.recorder;
    const everything = <T>(value: T): T => {
      recorder.mask = EVERYTHING;
      return value;
    };
    // Wrapped when a check first asks: most edits run no check across rules again.
    let rules: SyncRule[] | undefined;
    const ruleSet = Object.create(ctx.ruleSet, {
      rules: { get: () => (rules ??= watchedRules(ctx.ruleSet.rules, recorder)) },
      connectors: {
        get: () => {
          recorder.mask |= CONNECTOR_FIELDS;
          return ctx.ruleSet.connectors;
        },
      },
    }) as RuleSet;
    const reading = Object.create(ctx.reading, {
      configs: { get: () => everything(ctx.reading.configs) },
      diagnostics: { get: () => everything(ctx.reading.diagnostics) },
      files: { get: () => everything(ctx.reading.files) },
    }) as InputReading;
    this.config = Object.create(null, {
      ruleSet: { value: ruleSet, enumerable: true },
      reading: { value: reading, enumerable: true },
      textOf: { value: ctx.textOf, enumerable: true },
      script: { get: () => everything(ctx.script), enumerable: true },
    }) as ConfigContext;
  }

  forRule(rule: SyncRule): RuleContext {
    const ctx = Object.create(this.config) as RuleContext;
    ctx.rule = rule;
    return ctx;
  }
}
