// Opens VS Code in headless Chromium with the extension under development and the test suite in the
// URL payload; VS Code runs the suite in its extension host and reports through codeAutomationExit.
import { format } from 'node:util';
import { chromium } from 'playwright-core';

export async function runSuite({ baseUrl, workspace, extensionPath, testsPath, profile, timeoutMs, log, onLog }) {
  const remote = (p) => `vscode-remote://${new URL(baseUrl).host}${p}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['extensionTestsPath', remote(testsPath)]];
  const url = `${baseUrl}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    // Without the background-networking flags Chromium keeps dialling hosts this machine cannot reach.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    let done;
    const exited = new Promise((resolve) => (done = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = Array.isArray(args) ? format(...args) : String(args);
      console.log(`[extension host ${type}] ${line}`);
      onLog?.(line);
    });
    await page.exposeFunction('codeAutomationExit', (code) => done(code));
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(url);
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), timeoutMs))]);
    log(`codeAutomationExit → ${code}`);
    return code;
  } finally {
    await context.close();
  }
}
