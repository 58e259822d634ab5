import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PlainDiagnostic } from '../../../../server/src/model/rule-set';
import { validateDocument } from '../../../../server/src/service/validate';
import { CHECKS } from '../../../../server/src/checks/rules/anchors';
import { fixturePath } from '../../../support/corpus';
import { parseMarkedFixture, type MarkedFixture } from '../../../support/markers';

export const fixtureDir = fixturePath('checks', 'anchors');

/**
 * The codes these fixtures are judged on: this group's checks and the reading's own (syntax AADC000,
 * binding AADC024), so a fixture that does not read cleanly still fails. Other groups' checks have
 * fixtures of their own and are left out, so that work on them does not move these expectations.
 */
export const JUDGED_CODES = new Set([...CHECKS.map((c) => c.meta.id), 'AADC000', 'AADC024']);

export function judged(diagnostics: PlainDiagnostic[]): PlainDiagnostic[] {
  return diagnostics.filter((d) => JUDGED_CODES.has(String(d.code)));
}

export function lintFixture(name: string): { file: string; fixture: MarkedFixture; diagnostics: PlainDiagnostic[] } {
  const file = path.join(fixtureDir, name);
  const fixture = parseMarkedFixture(fs.readFileSync(file, 'utf8'));
  return { file, fixture, diagnostics: judged(validateDocument(file, fixture.text, 'powershell')) };
}
