import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoDir } from '../../../support/corpus';
import { assertFindings } from '../../../support/markers';
import { fixtureDir, readMarkedFolder, structureFindings } from './marked-inputs';

/**
 * The workspace checks read a folder of inputs as `lint` does (every file given together) and must find
 * exactly what the markers in each file say — across a server export's XML files too.
 */
function judge(folder: string) {
  const { files, readings } = readMarkedFolder(folder);
  const textOf = (f: string) => files.get(f)?.text;
  assert.deepEqual(readings.flatMap((r) => r.diagnostics), [], 'the inputs read without findings of their own');
  const found = structureFindings(readings, textOf);
  for (const [file, marked] of files) assertFindings(found.filter((d) => d.file === file), marked.expected, marked.text);
  return { files, found };
}

const scenarios = (check: string, kind: 'violation' | 'clean') =>
  fs
    .readdirSync(fixtureDir(check))
    .filter((n) => n === kind || n.startsWith(`${kind}-`))
    .map((n) => fixtureDir(check, n));

describe('structure checks across files: every marked finding in every file, and only those', () => {
  for (const check of ['precedence-collision-across-files', 'identifier-reuse-across-files']) {
    for (const folder of scenarios(check, 'violation')) {
      test(`${check}: ${path.basename(folder)}`, () => {
        const { files } = judge(folder);
        assert.ok([...files.values()].some((f) => f.expected.length > 0), 'the scenario marks findings');
      });
    }
    test(`${check}: the clean scenarios stay clean`, () => {
      for (const folder of scenarios(check, 'clean')) {
        const { files } = judge(folder);
        assert.ok([...files.values()].every((f) => f.expected.length === 0));
      }
    });
  }
});

describe("the repository's examples", () => {
  test('primary/ and staging/ hold copies of the same rules for two servers: together they lint clean', () => {
    const { readings } = readMarkedFolder(path.join(repoDir, 'examples'));
    assert.equal(readings.length, 2);
    assert.deepEqual(structureFindings(readings, (f) => fs.readFileSync(f, 'utf8')), []);
  });
});

describe('what a finding across files says', () => {
  test('each rule of a collision names the others, with their files, and points at them', () => {
    const { found } = judge(fixtureDir('precedence-collision-across-files', 'violation'));
    const aad = found.find((d) => d.file.endsWith('aad-rules.ps1'))!;
    assert.match(aad.message, /^Precedence 30 is also held by 'In from AD - User Office Override' \(ad-rules\.ps1, line \d+\)/);
    assert.deepEqual(aad.relatedInformation?.map((r) => path.basename(r.location.uri)), ['ad-rules.ps1']);
  });

  test('the fix across files picks a value free on the server the files make up together', () => {
    const { found } = judge(fixtureDir('precedence-collision-across-files', 'violation-with-server-export'));
    const title = found.find((d) => d.file.endsWith('new-rules.ps1') && d.message.startsWith('Precedence 20'))!;
    assert.equal((title.data as { fix: { edits: { newText: string }[] } }).fix.edits[0].newText, '21');
    const standard = found.find((d) => d.file.endsWith('.xml') && d.message.startsWith('Precedence 100'))!;
    assert.equal(standard.data, undefined, 'no fix offered on an out-of-box rule');
  });

  test('identifier reuse names the rule in the other file', () => {
    const { found } = judge(fixtureDir('identifier-reuse-across-files', 'violation'));
    const office = found.find((d) => d.file.endsWith('office.ps1') && d.message.includes('Title'))!;
    assert.match(office.message, /is also given to 'In from AD - User Title Override' \(title\.ps1, line \d+\)/);
  });
});
