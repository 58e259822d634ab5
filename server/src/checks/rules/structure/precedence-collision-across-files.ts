import { isStandardRule, type SyncRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { precedenceFix, usedPrecedences } from './free-precedence';
import { isCopy } from './rule-copies';
import { placeConfigs, RelationCache, type PlacedConfig } from './one-server';
import { collisionFinding } from './precedence-collision';
import { comparablePrecedence } from './rule-facts';
import { addTo } from '../../../model/multimap';

interface Entry {
  rule: SyncRule;
  at: PlacedConfig;
}

/**
 * AADC005 across the inputs given together: different rules in different inputs at one precedence, when the
 * inputs may be one server's (see one-server.ts). Not a collision: a rule and its copy; a rule against another
 * input's rule when either input also holds a copy of the other (that input's own version stands for it, and
 * its per-file check covers it); two out-of-box rules (the wizard numbers them, and renumbers between versions).
 */
export const precedenceCollisionAcrossFiles: RuleCheck = {
  meta: {
    id: 'AADC005',
    name: 'precedence-collision-across-files',
    severity: 'error',
    category: 'workspace',
    fixable: true,
    summary: 'Rules in different files bound for one server share a precedence.',
    docs: {
      why:
        'A precedence must be unique on the server (DOC-CHANGE), and files kept side by side are usually added to one server. ' +
        'A rule in one file at the number of a different rule in another collides as soon as both are added, and which one wins a shared attribute is then undefined. ' +
        'Files shown to belong to different servers are not compared: the two sides of a Documenter report, two server exports, a script naming connectors a server export does not have, ' +
        'and files holding the same rule on different AD connector GUIDs (a primary and a staging server, DOC-UPGRADE).',
      fix:
        'Renumber one of the two rules; the quick fix picks the nearest value free in all the files involved. ' +
        'A rule kept in both files (same Identifier, or same name on the same connector) is a copy and never collides with itself.',
      wrong: "# office.ps1\n-Name 'In from AD - User Office' `\n-Precedence 30 `\n\n# title.ps1\n-Name 'In from AD - User Title' `\n-Precedence 30 `",
      right: "# office.ps1\n-Name 'In from AD - User Office' `\n-Precedence 30 `\n\n# title.ps1\n-Name 'In from AD - User Title' `\n-Precedence 31 `",
    },
  },
  workspace: ({ readings, textOf }) => {
    const placed = placeConfigs(readings);
    const relations = new RelationCache();
    const buckets = new Map<number, Entry[]>();
    for (const at of placed) {
      for (const rule of at.config.rules) {
        const p = comparablePrecedence(rule);
        if (p === undefined) continue;
        const list = buckets.get(p);
        if (list) list.push({ rule, at });
        else buckets.set(p, [{ rule, at }]);
      }
    }
    const partners = new Map<Entry, Entry[]>();
    const pair = (a: Entry, b: Entry) => {
      addTo(partners, a, b);
      addTo(partners, b, a);
    };
    for (const entries of buckets.values()) {
      for (let i = 0; i < entries.length; i++) {
        for (let j = i + 1; j < entries.length; j++) {
          const a = entries[i];
          const b = entries[j];
          if (a.at.reading === b.at.reading || !relations.mayShareServer(a.at, b.at)) continue;
          if (isStandardRule(a.rule) && isStandardRule(b.rule)) continue;
          if (isCopy(a.rule, b.rule) || a.at.rules.holdsCopyOf(b.rule) || b.at.rules.holdsCopyOf(a.rule)) continue;
          pair(a, b);
        }
      }
    }
    const out: RuleFinding[] = [];
    for (const [entry, others] of partners) {
      const p = comparablePrecedence(entry.rule)!;
      // A free value must be free on the server the inputs make up together.
      const used = usedPrecedences([entry.at, ...others.map((o) => o.at)].flatMap((c) => c.config.rules));
      const fixTo = (target: number) => precedenceFix(entry.rule, target, entry.at.reading.format, textOf);
      out.push(collisionFinding(entry.rule, p, others.map((o) => o.rule), used, fixTo));
    }
    return out;
  },
};
