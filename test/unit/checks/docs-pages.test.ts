import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { allCheckMetas } from '../../../server/src/checks';
import { docsIndex, docsPage, documentedCodes } from '../../../server/src/checks/docs-page';
import { repoDir } from '../../support/corpus';

describe('documentation pages', () => {
  const metas = allCheckMetas();

  test('every check documents why it is risky and how to fix it', () => {
    assert.deepEqual(metas.filter((m) => !m.docs?.why || !m.docs?.fix).map((m) => `${m.id} ${m.name}`), []);
  });

  test('names are unique and codes well-formed', () => {
    assert.equal(new Set(metas.map((m) => m.name)).size, metas.length);
    assert.deepEqual(metas.filter((m) => !/^AADC\d{3}$/.test(m.id)).map((m) => m.id), []);
  });

  test('docs/rules holds exactly one up-to-date page per code (run `npm run docs` after changing a check)', () => {
    const dir = `${repoDir}/docs/rules`;
    const codes = documentedCodes(metas);
    assert.deepEqual(fs.readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md').sort(), codes.map((c) => `${c}.md`));
    for (const code of codes) assert.equal(fs.readFileSync(`${dir}/${code}.md`, 'utf8'), docsPage(code, metas), `${code}.md is stale`);
    assert.equal(fs.readFileSync(`${dir}/README.md`, 'utf8'), docsIndex(metas), 'README.md (the index) is stale');
    // Every code once in the index, linked.
    for (const code of codes) assert.equal(docsIndex(metas).split(`[${code}](${code}.md)`).length, 2, code);
  });
});
