import * as fs from 'node:fs';
import * as path from 'node:path';

/** Sizes of what ships: the three bundles and the packaged extension (KB); absent ones are left out. */
export function bundleSizes(root: string): { name: string; kb: number }[] {
  const vsix = fs.readdirSync(root).find((n) => /^adsync-rules-.*\.vsix$/.test(n));
  const files = ['dist/client.cjs', 'dist/server.cjs', 'dist/cli.cjs', ...(vsix ? [vsix] : [])];
  return files.filter((f) => fs.existsSync(path.join(root, f))).map((f) => ({ name: f, kb: fs.statSync(path.join(root, f)).size / 1024 }));
}

/** The client's activation as the last end-to-end run measured it in a real VS Code (test/e2e/suite/activation.test.cjs). */
export function lastActivation(root: string): { ms: number; vscode: string; at: string } | undefined {
  const file = path.join(root, 'out', 'e2e-activation.json');
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
