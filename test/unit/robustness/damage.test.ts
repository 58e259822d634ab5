import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { readPowerShellScript } from '../../../server/src/formats/powershell-script';
import { scan } from '../../../server/src/syntax/scanner';
import * as T from '../../../server/src/syntax/tokens';
import { LineIndex } from '../../../server/src/model/line-index';
import type { SyncRule } from '../../../server/src/model';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';

/**
 * Deletes one character at many places of every real script and checks what an engineer needs then:
 * a syntax error on the damaged line, and the rules before (and, for backticks and brackets, after)
 * the damage still read as they were.
 */
const FILES = [
  'sre-exports/sre_export_standard_rules_excerpt.ps1',
  'sre-exports/sre_export_timmcmic_EnableCloudAnchor_samples.ps1',
  'sre-exports/sre_export_webex_out_to_ad_externalid.ps1',
  'sre-exports/sre_export_msdocs_modify_group_writeback_delete_rule.ps1',
  'sre-exports/sre_export_msdocs_cloudsync_migrate_group_writeback.ps1',
  'sre-exports/sre_export_derived_teams_lync_override_functions.ps1',
  'documenter/Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.ps1.txt',
];

/** Positions per file and kind; spread evenly so every part of each file is hit. */
const SAMPLES = process.env.DAMAGE_SAMPLES === 'all' ? Infinity : Number(process.env.DAMAGE_SAMPLES ?? 60);

const BRACKETS = new Set([T.LParen, T.RParen, T.AtParen, T.DollarParen, T.LBrace, T.RBrace, T.AtBrace, T.LBracket, T.RBracket]);

/** What must survive; a precedence that comes from a variable may depend on the damaged line itself. */
function signature(r: SyncRule, text: string, lines: LineIndex): string {
  const range = r.precedence.range;
  const fromVariable = range && text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end)).startsWith('$');
  return JSON.stringify([r.name.value, r.identifier.value, fromVariable ? '$' : r.precedence.value, r.flows.length, r.scopeGroups.length, r.joinGroups.length]);
}

function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, k) => items[Math.round((k * (items.length - 1)) / (n - 1))]);
}

interface Damage {
  offset: number;
  kind: 'backtick' | 'bracket' | 'quote';
}

function damageSites(text: string): Damage[] {
  const { tokens } = scan(text);
  const sites: Damage[] = [];
  const covered = (offset: number) => tokens.some((t) => !t.virtual && t.startOffset <= offset && offset <= t.endOffset!);
  for (const m of text.matchAll(/`[ \t]*(?:\r\n|\n|\r)/g)) if (!covered(m.index!)) sites.push({ offset: m.index!, kind: 'backtick' });
  for (const t of tokens) {
    if (t.virtual) continue;
    const last = t.endOffset!;
    if (BRACKETS.has(t.tokenType)) sites.push({ offset: last, kind: 'bracket' });
    else if (t.tokenType === T.TypeLiteral) sites.push({ offset: t.startOffset, kind: 'bracket' }, { offset: last, kind: 'bracket' });
    else if (t.tokenType === T.SingleQuoted || t.tokenType === T.DoubleQuoted) sites.push({ offset: t.startOffset, kind: 'quote' }, { offset: last, kind: 'quote' });
    else if (t.tokenType === T.HereString) sites.push({ offset: t.startOffset + 1, kind: 'quote' }, { offset: last - 1, kind: 'quote' });
  }
  return sites;
}

for (const file of FILES) {
  describe(`deleting one character of ${file.split('/').pop()}`, { skip: skipWithoutCorpus }, () => {
    const path = corpusPath(...file.split('/'));
    const text = skipWithoutCorpus ? '' : fs.readFileSync(path, 'utf8');
    const lines = new LineIndex(text);
    const original = skipWithoutCorpus ? [] : readPowerShellScript(path, text).configs[0].rules;
    const sites = skipWithoutCorpus ? [] : damageSites(text);

    for (const kind of ['backtick', 'bracket', 'quote'] as const) {
      it(`${kind}s`, () => {
        const chosen = spread(sites.filter((s) => s.kind === kind), SAMPLES);
        if (kind !== 'bracket') assert.ok(chosen.length > 0, `the file has ${kind}s to delete`);
        const failures: string[] = [];
        for (const site of chosen) {
          const line = lines.positionAt(site.offset).line;
          const damaged = text.slice(0, site.offset) + text.slice(site.offset + 1);
          const reading = readPowerShellScript(path, damaged);
          const where = `line ${line + 1} (${JSON.stringify(lines.text.slice(lines.lineStart(line), lines.lineEnd(line)).slice(0, 70))}, deleted ${JSON.stringify(text[site.offset])})`;
          // Mostly a syntax error; when the damage leaves valid PowerShell (`-Expression` left without its
          // string), the binding error that the parameter has no value is the finding on that line.
          const onLine = reading.diagnostics.some((d) => d.severity === 1 && d.range.start.line <= line && line <= d.range.end.line);
          if (!onLine) {
            failures.push(`${where}: no error on that line; got ${reading.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`).join(', ') || 'nothing'}`);
            continue;
          }
          const damagedLines = new LineIndex(damaged);
          const read = new Set(reading.configs[0].rules.map((r) => signature(r, damaged, damagedLines)));
          for (const rule of original) {
            const before = rule.range.end.line < line;
            const after = rule.range.start.line > line;
            if ((before || (after && kind !== 'quote')) && !read.has(signature(rule, text, lines))) {
              failures.push(`${where}: rule '${rule.name.value}' (${before ? 'before' : 'after'} the damage) is no longer read intact`);
            }
          }
        }
        assert.deepEqual(failures, [], `${failures.length} of ${chosen.length} deletions`);
      });
    }
  });
}
