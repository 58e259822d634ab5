// The folder the end-to-end suite opens, the same for code-server (`npm run test:e2e`) and desktop
// VS Code (`npm run test:desktop`): the suite's own files, a primary/staging pair for the compare command, the lineage fixture and an export with samples.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Recreates `<run>/workspace` from the fixtures and returns its path. */
export function prepareWorkspace(root, run) {
  const workspace = path.join(run, 'workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  // The fixtures the protocol tests compare.
  fs.cpSync(path.join(root, 'test', 'fixtures', 'compare'), path.join(workspace, 'compare'), { recursive: true });
  // The rules "Show Lineage of Attribute" orders.
  fs.cpSync(path.join(root, 'test', 'fixtures', 'lineage'), path.join(workspace, 'lineage'), { recursive: true });
  // An export with *.sample.json files beside it, for the "evaluate with sample" lenses.
  fs.cpSync(path.join(root, 'test', 'fixtures', 'samples'), path.join(workspace, 'samples'), { recursive: true });
  return workspace;
}
