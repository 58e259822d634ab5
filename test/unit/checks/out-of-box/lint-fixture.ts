import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateDocument } from '../../../../server/src/service/validate';
import { fixturePath } from '../../../support/corpus';
import { parseMarkedFixture } from '../../../support/markers';

/**
 * The codes this group's fixtures are judged on: its own three and syntax errors. Other groups' checks
 * run on the same files (precedence, connector GUIDs, …) and have fixtures of their own.
 */
export const GROUP_CODES = new Set(['AADC000', 'AADC001', 'AADC002', 'AADC003']);

export const fixtureDir = fixturePath('checks', 'out-of-box');

export function lintText(file: string, text: string) {
  return validateDocument(file, text, 'powershell').filter((d) => GROUP_CODES.has(String(d.code)));
}

export function lintFixture(name: string) {
  const file = path.join(fixtureDir, name);
  const fixture = parseMarkedFixture(fs.readFileSync(file, 'utf8'));
  return { file, fixture, diagnostics: lintText(file, fixture.text) };
}
