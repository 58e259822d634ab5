import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeFileSource } from '../../../server/src/formats/node-file-source';
import { OPEN_COMPARED_RULE_COMMAND, type CompareView } from '../../../server/src/protocol/compare';
import { comparisonLenses } from '../../../server/src/service/compare/code-lenses';
import { fileKey } from '../../../server/src/service/compare/file-keys';
import { comparisonReport, ReportUnavailable } from '../../../server/src/service/compare/report';
import { runComparison } from '../../../server/src/service/compare/run-comparison';
import { InputError } from '../../../server/src/service/inputs';
import { readExpressionDocument } from '../../../server/src/service/expression-features/expression-document';
import { corpusPath, skipWithoutCorpus } from '../../support/corpus';
import { primaryFolder, stagingFolder } from './support';

const compareFixtures = (map?: Record<string, string>) => runComparison(7, { primary: [primaryFolder], staging: [stagingFolder], ...(map ? { map } : {}) }, nodeFileSource);
const primaryFile = path.join(primaryFolder, 'rules.ps1');
const stagingAdFile = path.join(stagingFolder, 'ad-rules.ps1');
const titles = (lenses: ReturnType<typeof comparisonLenses>) => lenses.map((l) => `${l.range.start.line}: ${l.command!.title}`);
const lineOf = (file: string, name: string) => fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l === `-Name '${name}' \``) - 1;

/** Writes files into a fresh folder; returns the folder. */
function tempFolder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adsync-compare-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('the comparison view', () => {
  test('a folder of exports per side: each status, both sides described, connectors inferred', () => {
    const { view } = compareFixtures();
    assert.deepEqual(view.summary, { same: 1, changed: 2, drift: 1, onlyInPrimary: 1, onlyInStaging: 1 });
    assert.deepEqual(
      view.rules.map((r) => [r.index, r.status, r.name, r.actionable ?? false]),
      [
        [0, 'changed', 'In from AD - User Office', false],
        [1, 'changed', 'Out to AAD - User DynamicsCRM', true],
        [2, 'onlyInPrimary', 'Out to AAD - User Fax', false],
        [3, 'onlyInStaging', 'In from AD - User Company', false],
        [4, 'drift', 'In from AD - User Common', false],
        [5, 'same', 'In from AD - User Title', false],
      ],
    );
    assert.equal(view.comparison, 7);
    assert.deepEqual(view.primary, { label: 'primary', paths: [primaryFolder], files: [primaryFile], rules: 5, readingErrors: 0 });
    assert.deepEqual(view.staging.files, [path.join(stagingFolder, 'aad-rules.ps1'), stagingAdFile]);
    assert.deepEqual(view.connectors.map((c) => c.by), ['entra-guid', 'inferred']);
    assert.deepEqual(view.problems, []);
  });

  test('each rule side: where it is (file, URI, ranges) and its text; nothing else of the model', () => {
    const { view } = compareFixtures();
    const office = view.rules[0];
    assert.equal(office.primary!.file, primaryFile);
    assert.equal(office.primary!.uri, pathToFileURL(primaryFile).href);
    assert.equal(office.primary!.range.start.line, lineOf(primaryFile, 'In from AD - User Office'));
    assert.match(office.primary!.text, /\n {12}Trim\(\[physicalDeliveryOfficeName\]\),\n {12}"HQ"\)\n/);
    assert.match(office.staging!.text, /\n {8}IIF\(IsPresent\(\[physicalDeliveryOfficeName\]\), \[physicalDeliveryOfficeName\], "HQ"\)\n/);
    assert.match(office.primary!.text, /^Connector: +\(known by GUID only\)$/m, 'an AD connector of an export is known by GUID only');
    assert.match(view.rules[1].primary!.text, /^Connector: +Entra ID connector$/m);
    assert.equal(view.rules[5].primary!.text, view.rules[5].staging!.text, 'same renders the same');
    assert.equal(view.rules[2].staging, undefined);
    assert.equal(view.rules[3].primary, undefined);
    // Plain data: survives JSON unchanged, and carries no SyncRule (whose `flows` or `identifier` would show).
    assert.deepEqual(JSON.parse(JSON.stringify(view)), view);
    assert.doesNotMatch(JSON.stringify(view), /"(flows|identifier|scopeGroups)":/);
  });

  test('a connector map from the settings pairs the AD connectors; an entry that is not two GUIDs is said and ignored', () => {
    const { view } = compareFixtures({ '{3F2A1B0C-9D8E-4F70-A615-243B5C6D7E8F}': '8e7d6c5b-4a39-4281-b70f-e1d2c3b4a596', 'contoso.com': 'x' });
    assert.deepEqual(view.connectors.map((c) => c.by).sort(), ['entra-guid', 'map']);
    assert.deepEqual(view.problems, ["connector map: 'contoso.com' → 'x' is not a pair of connector GUIDs; ignored"]);
  });

  test('connectors the rules cannot pair: the problem reaches the view, nothing is guessed', () => {
    const text = fs.readFileSync(primaryFile, 'utf8');
    const ad = '3f2a1b0c-9d8e-4f70-a615-243b5c6d7e8f';
    const staging = tempFolder({ 'one.ps1': text.replaceAll(ad, '11111111-1111-4111-8111-111111111111'), 'two.ps1': text.replaceAll(ad, '22222222-2222-4222-8222-222222222222') });
    const { view } = runComparison(1, { primary: [primaryFile], staging: [staging] }, nodeFileSource);
    assert.equal(view.problems.length, 1);
    assert.match(view.problems[0], /3f2a1b0c-9d8e-4f70-a615-243b5c6d7e8f/);
  });

  test('files with syntax errors: the comparison goes on and says which file may be missing rules', () => {
    const text = fs.readFileSync(primaryFile, 'utf8');
    const broken = tempFolder({ 'broken.ps1': text.replace("-Description 'Trims the job title.' `", "-Description 'Trims the job title. `") });
    const { view } = runComparison(1, { primary: [broken], staging: [stagingFolder] }, nodeFileSource);
    assert.ok(view.primary.readingErrors > 0);
    assert.equal(view.problems.length, 1);
    assert.match(view.problems[0], /syntax or binding error\(s\) in .*broken\.ps1; rules there may be missing/);
  });

  test('inputs that cannot be compared as asked are input errors', () => {
    assert.throws(() => runComparison(1, { primary: [path.join(primaryFolder, 'nope.ps1')], staging: [stagingFolder] }, nodeFileSource), (e) => e instanceof InputError && /no such file/.test(e.message));
    assert.throws(() => runComparison(1, { primary: [], staging: [stagingFolder] }, nodeFileSource), (e) => e instanceof InputError && e.message === 'primary: no file or folder given');
    assert.throws(() => runComparison(1, { primary: [primaryFolder], staging: [] }, nodeFileSource), (e) => e instanceof InputError && /only a Documenter report holds both sides/.test(e.message));
  });

  test('files named one by one form one side just like their folder', () => {
    const { view } = runComparison(1, { primary: [primaryFile], staging: [stagingAdFile, path.join(stagingFolder, 'aad-rules.ps1')] }, nodeFileSource);
    assert.deepEqual(view.summary, compareFixtures().view.summary);
    assert.equal(view.staging.label, 'ad-rules.ps1 and 1 more');
  });
});

describe('the comparison view from real inputs', { skip: skipWithoutCorpus }, () => {
  const assertContoso = (view: CompareView) => {
    assert.deepEqual(view.summary, { same: 59, changed: 2, drift: 0, onlyInPrimary: 1, onlyInStaging: 1 });
    assert.deepEqual(view.rules.filter((r) => r.status !== 'same').map((r) => r.name), ['In from AD - User Common', 'Out to AAD - User DynamicsCRM', 'Custom In from AD - User Join Filter SVC Accounts', 'Out to AAD - Contact SharePointOnline']);
  };
  const report = corpusPath('documenter', 'Contoso_PilotModified_AppliedTo_Contoso_Production_AADConnectSync_report.html');

  test('contoso server exports', () => {
    const { view } = runComparison(1, { primary: [corpusPath('server-config', 'contoso-1.1.130-modified')], staging: [corpusPath('server-config', 'contoso-1.1.130')] }, nodeFileSource);
    assertContoso(view);
    assert.equal(view.primary.label, 'contoso-1.1.130-modified');
    assert.match(view.rules[0].primary!.file, /SynchronizationRule_\{[0-9a-f-]+\}\.xml$/);
  });

  test('one Documenter report: pilot is the primary, production the staging side, named once or twice', () => {
    const once = runComparison(1, { primary: [report], staging: [] }, nodeFileSource).view;
    assertContoso(once);
    assert.equal(once.primary.label, `${path.basename(report)} (pilot)`);
    assert.equal(once.staging.label, `${path.basename(report)} (production)`);
    assertContoso(runComparison(2, { primary: [report], staging: [report] }, nodeFileSource).view);
  });

  test('lenses in a report that holds both sides: one per rule section, not one per side', () => {
    const comparison = runComparison(1, { primary: [report], staging: [] }, nodeFileSource);
    const lenses = comparisonLenses(comparison, report);
    assert.equal(lenses.length, 63);
    assert.equal(new Set(lenses.map((l) => l.range.start.line)).size, 63);
    assert.deepEqual(lenses.map((l) => l.command!.title).filter((t) => t.startsWith('only')).sort(), ['only in primary — not in staging', 'only in staging — not in primary']);
  });
});

describe('CodeLens of a comparison', () => {
  test('above each rule of a primary file: how staging has it, and the command that opens both', () => {
    const comparison = compareFixtures();
    const lenses = comparisonLenses(comparison, primaryFile);
    assert.deepEqual(titles(lenses).sort((a, b) => parseInt(a) - parseInt(b)), [
      `${lineOf(primaryFile, 'In from AD - User Title')}: staging: same`,
      `${lineOf(primaryFile, 'In from AD - User Office')}: staging: changed (2) — compare`,
      `${lineOf(primaryFile, 'In from AD - User Common')}: staging: drift — compare`,
      `${lineOf(primaryFile, 'Out to AAD - User DynamicsCRM')}: staging: changed (1, Disabled only) — compare`,
      `${lineOf(primaryFile, 'Out to AAD - User Fax')}: only here — not in staging`,
    ]);
    const office = lenses.find((l) => l.command!.title.startsWith('staging: changed (2)'))!;
    assert.deepEqual(office.command!.command, OPEN_COMPARED_RULE_COMMAND);
    assert.deepEqual(office.command!.arguments, [{ comparison: 7, rule: 0 }]);
    assert.equal(office.command!.tooltip, 'Differs in description, flows[physicalDeliveryOfficeName].expression.');
    assert.deepEqual(office.range.start, office.range.end, 'one position: the line of New-ADSyncRule');
    assert.equal(lenses.find((l) => l.command!.title.startsWith('only here'))!.command!.command, '', 'nothing to open on the other side');
  });

  test('a staging file names the primary side; an uncompared file gets none', () => {
    const comparison = compareFixtures();
    assert.deepEqual(titles(comparisonLenses(comparison, stagingAdFile)).sort((a, b) => parseInt(a) - parseInt(b)), [
      `${lineOf(stagingAdFile, 'In from AD - User Title')}: primary: same`,
      `${lineOf(stagingAdFile, 'In from AD - User Office')}: primary: changed (2) — compare`,
      `${lineOf(stagingAdFile, 'In from AD - User Common')}: primary: drift — compare`,
      `${lineOf(stagingAdFile, 'In from AD - User Company')}: only here — not in primary`,
    ]);
    assert.deepEqual(comparisonLenses(comparison, path.join(primaryFolder, '..', 'README.md')), []);
  });

  test('the editor text as compared changes nothing; an edited script keeps its lenses on its rules and says they are older', () => {
    const comparison = compareFixtures();
    const text = fs.readFileSync(primaryFile, 'utf8');
    assert.deepEqual(comparisonLenses(comparison, primaryFile, { text }), comparisonLenses(comparison, primaryFile));
    const editedText = '# a note\n\n\n' + text.replace(/^New-ADSyncRule {2}`\n-Name 'Out to AAD - User Fax'[\s\S]*$/m, '');
    const edited = comparisonLenses(comparison, primaryFile, { text: editedText });
    // The editor hands over the rules it already read: the same lenses without reading the text again.
    const editorRules = readExpressionDocument({ file: primaryFile, text: editedText, format: 'powershell' }).rules;
    assert.deepEqual(comparisonLenses(compareFixtures(), primaryFile, { text: editedText, rules: editorRules }), edited);
    const before = comparisonLenses(comparison, primaryFile).filter((l) => !l.command!.title.startsWith('only here'));
    assert.equal(edited.length, 4, 'the deleted rule has no lens');
    for (const l of edited) {
      assert.match(l.command!.title, / \(compared before your edits\)$/);
      const was = before.find((b) => l.command!.title.startsWith(b.command!.title))!;
      assert.equal(l.range.start.line, was.range.start.line + 3);
    }
  });

  test('a file compared with itself: one lens per rule, before and after an edit', () => {
    const comparison = runComparison(1, { primary: [primaryFile], staging: [primaryFile] }, nodeFileSource);
    const lenses = comparisonLenses(comparison, primaryFile);
    assert.deepEqual(lenses.map((l) => l.command!.title), new Array(5).fill('staging: same'));
    const edited = comparisonLenses(comparison, primaryFile, { text: '\n' + fs.readFileSync(primaryFile, 'utf8') });
    assert.deepEqual(edited.map((l) => l.range.start.line), lenses.map((l) => l.range.start.line + 1));
  });

  test('paths are matched as files, not as strings (relative, and without case on Windows)', () => {
    const comparison = compareFixtures();
    assert.equal(comparisonLenses(comparison, path.relative(process.cwd(), primaryFile)).length, 5);
    assert.equal(fileKey('C:\\Rules\\Export.ps1', 'win32'), fileKey('c:\\rules\\export.PS1', 'win32'));
  });
});

describe('the report of a comparison', () => {
  test('a missing Markdown renderer is a clear message, not a crash', async () => {
    const comparison = compareFixtures();
    await assert.rejects(comparisonReport(comparison, () => Promise.reject(new Error("Cannot find module '../../diff/render-markdown'"))), (e) => e instanceof ReportUnavailable && /render-markdown\.ts\) could not be loaded: Cannot find module/.test(e.message));
    await assert.rejects(comparisonReport(comparison, () => Promise.resolve({})), (e) => e instanceof ReportUnavailable && /has no renderMarkdown function/.test(e.message));
  });

  test('the renderer gets the diff and both side labels', async () => {
    const comparison = compareFixtures();
    let seen: unknown;
    const markdown = await comparisonReport(comparison, async () => ({ renderMarkdown: (result, options) => ((seen = [result.summary, options]), '# report') }));
    assert.equal(markdown, '# report');
    assert.deepEqual(seen, [comparison.result.summary, { primaryLabel: 'primary', stagingLabel: 'staging' }]);
  });

  test('the real renderer: the differences with both labels, and what the reading met among the problems', async () => {
    const comparison = compareFixtures({ 'not-a-guid': 'x' });
    const markdown = await comparisonReport(comparison);
    for (const name of ['In from AD - User Office', 'Out to AAD - User Fax', 'In from AD - User Company']) assert.ok(markdown.includes(name), name);
    assert.match(markdown, /primary/);
    assert.match(markdown, /connector map: 'not-a-guid'/);
  });
});
