// What the end-to-end suite is, for both hosts: desktop VS Code through @vscode/test-cli
// (.vscode-test.mjs) and code-server (run.mjs), which runs it with the same test-cli runner.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The suite's files, in name order. */
export function suiteFiles(root) {
  const dir = path.join(root, 'test', 'e2e', 'suite');
  return fs.readdirSync(dir).filter((n) => n.endsWith('.test.cjs')).sort().map((n) => path.join(dir, n));
}

export const mochaOptions = { ui: 'bdd', timeout: 60000, color: false, reporter: 'spec' };
