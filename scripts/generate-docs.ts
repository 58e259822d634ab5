// `npm run docs`: writes docs/rules/<code>.md from the checks' metadata (a test keeps them in step).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allCheckMetas } from '../server/src/checks';
import { docsIndex, docsPage, documentedCodes } from '../server/src/checks/docs-page';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules');
fs.mkdirSync(dir, { recursive: true });
const metas = allCheckMetas();
const codes = documentedCodes(metas);
for (const name of fs.readdirSync(dir)) if (name.endsWith('.md') && name !== 'README.md' && !codes.includes(name.slice(0, -3))) fs.rmSync(path.join(dir, name));
fs.writeFileSync(path.join(dir, 'README.md'), docsIndex(metas));
for (const code of codes) fs.writeFileSync(path.join(dir, `${code}.md`), docsPage(code, metas));
console.log(`wrote ${codes.length} pages and their index to docs/rules`);
