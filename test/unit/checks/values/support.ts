import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CHECKS } from '../../../../server/src/checks/rules/values';
import type { FixData } from '../../../../server/src/checks/check';
import { LineIndex } from '../../../../server/src/model/line-index';
import { validateDocument } from '../../../../server/src/service/validate';
import { fixturePath } from '../../../support/corpus';
import { parseMarkedFixture } from '../../../support/markers';

export const fixtureDir = fixturePath('checks', 'values');

/**
 * The codes this group owns, and the reader's syntax code (a fix must not add one). Other groups'
 * checks run on these fixtures too; their findings are their tests' business.
 */
export const OWN_CODES = new Set(['AADC000', ...CHECKS.map((c) => c.meta.id)]);

export function own<T extends { code?: Diagnostic['code'] }>(diagnostics: T[]): T[] {
  return diagnostics.filter((d) => OWN_CODES.has(String(d.code)));
}

/** A fixture file validated as one open document (the editor's view: no workspace checks). */
export function validateFixture(name: string) {
  const file = path.join(fixtureDir, name);
  const fixture = parseMarkedFixture(fs.readFileSync(file, 'utf8'));
  return { file, fixture, diagnostics: own(validateDocument(file, fixture.text, 'powershell')) };
}

export function fixOf(d: { data?: unknown }): FixData | undefined {
  return (d.data as { fix?: FixData } | undefined)?.fix;
}

/** The text with a fix's edits applied (back to front, so earlier offsets stay valid). */
export function applyFix(text: string, fix: FixData): string {
  const lines = new LineIndex(text);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))) {
    out = out.slice(0, lines.offsetAt(e.range.start)) + e.newText + out.slice(lines.offsetAt(e.range.end));
  }
  return out;
}

export function textAt(text: string, range: Diagnostic['range']): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}
