import * as fs from 'node:fs';
import { readPowerShellScript, type PowerShellReading } from '../../../server/src/formats/powershell-script';
import type { SyncRule } from '../../../server/src/model';
import { fixturePath } from '../../support/corpus';
import { assertFindings, parseMarkedFixture, type MarkedFixture } from '../../support/markers';

/** A fixture with inline markers, read the way the extension reads a file (markers already removed). */
export interface MarkedReading {
  fixture: MarkedFixture;
  reading: PowerShellReading;
  rules: SyncRule[];
}

export function readMarked(name: string, transform: (text: string) => string = (t) => t): MarkedReading {
  const file = fixturePath('syntax', 'errors', name);
  const parsed = parseMarkedFixture(fs.readFileSync(file, 'utf8'));
  const fixture = { ...parsed, text: transform(parsed.text) };
  const reading = readPowerShellScript(file, fixture.text);
  return { fixture, reading, rules: reading.configs[0].rules };
}

export function assertMarkedFindings(marked: MarkedReading): void {
  assertFindings(marked.reading.diagnostics, marked.fixture.expected, marked.fixture.text);
}

/** The damaged fixtures share these rule names: one rule before the damage, the damaged one, one after. */
export const BEFORE = 'In from AD - Before the damage';
export const DAMAGED = 'In from AD - Damaged';
export const AFTER = 'In from AD - After the damage';
