// `npm run test:desktop`: the end-to-end suite of test/e2e/suite in desktop VS Code, which
// @vscode/test-electron downloads (it needs to reach update.code.visualstudio.com). Where only npm is
// reachable, `npm run test:e2e` runs the same suite, with the same runner, in code-server.
import { defineConfig } from '@vscode/test-cli';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mochaOptions, suiteFiles } from './test/e2e/suite-options.mjs';
import { prepareWorkspace } from './test/e2e/workspace.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  label: 'desktop',
  files: suiteFiles(root),
  // The VS Code the suite asserts (engines.vscode ^1.100.0; the same as code-server 4.100.3).
  version: '1.100.3',
  extensionDevelopmentPath: root,
  workspaceFolder: prepareWorkspace(root, path.join(root, '.vscode-test', 'desktop')),
  // Our extension alone, in a window that asks nothing.
  launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  mocha: mochaOptions,
});
