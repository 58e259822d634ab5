const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

// Runs first (files run in name order): nothing has opened a PowerShell file yet, so the extension is not active.
describe('activation in a real VS Code', () => {
  it('activates on demand, starting the language server; the time it took is recorded for the benchmark', async () => {
    const extension = vscode.extensions.getExtension('adsync-rules.adsync-rules');
    assert.ok(extension);
    const wasActive = extension.isActive;
    const started = performance.now();
    await extension.activate();
    const ms = performance.now() - started;
    assert.ok(extension.isActive);
    if (!wasActive) {
      const out = path.join(extension.extensionPath, 'out');
      fs.mkdirSync(out, { recursive: true });
      fs.writeFileSync(path.join(out, 'e2e-activation.json'), JSON.stringify({ ms, vscode: `${vscode.env.appName} ${vscode.version}`, at: new Date().toISOString() }));
    }
    console.log(`activation: ${wasActive ? 'already active' : `${ms.toFixed(0)} ms`}`);
  });
});
