// `npm run test:e2e`: the extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3 on Node 20),
// its tests running in VS Code's own extension host, driven by Debian Chromium through playwright-core.
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium, ensureCodeServer } from './install.mjs';
import { runSuite } from './driver.mjs';
import { checkViews } from './ui-check.mjs';
import { prepareWorkspace } from './workspace.mjs';
import { mochaOptions, suiteFiles } from './suite-options.mjs';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = Date.now();
const log = (m) => console.log(`[e2e +${((Date.now() - started) / 1000).toFixed(1)}s] ${m}`);

ensureChromium(log);
const cs = ensureCodeServer(root, log);
// The extension under test is the bundle in dist/, as it ships.
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
const run = path.join(root, '.vscode-test', 'run');
fs.rmSync(run, { recursive: true, force: true });
const workspace = prepareWorkspace(root, run);
fs.mkdirSync(path.join(run, 'user-data', 'User'), { recursive: true });
fs.writeFileSync(path.join(run, 'user-data', 'User', 'settings.json'), JSON.stringify({
  'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none', 'workbench.enableExperiments': false,
  // The run folder sits inside this repository's checkout: no "open the parent repository?" prompt.
  'git.openRepositoryInParentFolders': 'never',
}));

const port = await freePort();
// The runner @vscode/test-cli gives desktop VS Code reads the suite from this variable: code-server runs it the same way.
const testOptions = { mochaOpts: mochaOptions, files: suiteFiles(root), preload: [], colorDefault: false };
const env = { ...process.env, VSCODE_TEST_OPTIONS: JSON.stringify(testOptions), EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: path.join(run, 'xdg', 'config'), XDG_DATA_HOME: path.join(run, 'xdg', 'data'), XDG_CACHE_HOME: path.join(run, 'xdg', 'cache') };
delete env.PORT; // code-server and VS Code's server let $PORT override the port they were given
const serverLog = fs.openSync(path.join(run, 'vscode-server.log'), 'w');
// VS Code's own server (inside code-server) with the smoke-test driver on: a built VS Code ignores the
// test payload in the URL without it, and code-server's CLI does not accept the flag.
const server = spawn(process.execPath, [cs.server, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
  '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust', '--user-data-dir', path.join(run, 'user-data'),
  '--server-data-dir', path.join(run, 'server-data'), '--extensions-dir', path.join(run, 'extensions')], { env, detached: true, stdio: ['ignore', serverLog, serverLog] });
let code = 1;
const counts = { passing: 0, failing: 0 };
try {
  await waitForHttp(`http://127.0.0.1:${port}/`, 60_000);
  log(`VS Code server on :${port}`);
  code = await runSuite({
    baseUrl: `http://127.0.0.1:${port}`,
    workspace,
    extensionPath: root,
    // The package exports only its index; the runner sits beside it (as test-cli's desktop launcher finds it).
    testsPath: path.join(path.dirname(createRequire(import.meta.url).resolve('@vscode/test-cli')), 'runner.cjs'),
    profile: path.join(run, 'chromium'),
    timeoutMs: Number(process.env.E2E_TIMEOUT_MS ?? 240_000),
    log,
    onLog: (line) => {
      const m = /(\d+) (passing|failing)/.exec(line);
      if (m) counts[m[2]] = Number(m[1]);
    },
  });
} finally {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
}

// The .vsix, installed into code-server like a user would, and the Problems panel in the browser.
if (code === 0 && process.env.ADSYNC_E2E_UI !== '0') {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'package.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const vsix = fs.readdirSync(root).find((n) => /^adsync-rules-.*\.vsix$/.test(n));
  const extensions = path.join(run, 'ui-extensions');
  execFileSync(process.execPath, [cs.entry, '--user-data-dir', path.join(run, 'ui-user-data'), '--extensions-dir', extensions, '--install-extension', path.join(root, vsix)], { env, stdio: 'ignore' });
  const installed = fs.readdirSync(extensions).some((n) => n.startsWith('adsync-rules.adsync-rules-'));
  log(`installed ${vsix} (${(fs.statSync(path.join(root, vsix)).size / 1024).toFixed(0)} KB): ${installed}`);
  fs.cpSync(path.join(run, 'user-data', 'User'), path.join(run, 'ui-user-data', 'User'), { recursive: true });
  const uiPort = await freePort();
  const uiLog = fs.openSync(path.join(run, 'code-server.log'), 'w');
  const ui = spawn(process.execPath, [cs.entry, '--bind-addr', `127.0.0.1:${uiPort}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--user-data-dir', path.join(run, 'ui-user-data'), '--extensions-dir', extensions], { env, detached: true, stdio: ['ignore', uiLog, uiLog] });
  try {
    await waitForHttp(`http://127.0.0.1:${uiPort}/healthz`, 60_000);
    const screenshots = path.join(root, 'out', 'screenshots');
    fs.mkdirSync(screenshots, { recursive: true });
    const results = installed
      ? await checkViews({
          baseUrl: `http://127.0.0.1:${uiPort}`,
          workspace,
          fileName: 'risky-rule.ps1',
          expected: { code: 'AADC020', at: '23:13', fix: 'Change to IIF', rule: 'In from AD - User Title Override', changedRule: 'In from AD - User Office', status: 'Sync rules: 1 rule, 1 error, 1 warning' },
          screenshots,
          profile: path.join(run, 'chromium-ui'),
          log,
        })
      : [{ name: 'installed', ok: false }];
    for (const r of results) {
      log(`UI ${r.name}: ${r.ok ? `yes, screenshot ${path.relative(root, r.screenshot)}` : 'NO'}`);
      counts[r.ok ? 'passing' : 'failing'] += 1;
      // `ADSYNC_UPDATE_SCREENSHOTS=1 npm run test:e2e` refreshes the README's images from this run.
      if (r.ok && process.env.ADSYNC_UPDATE_SCREENSHOTS === '1') fs.copyFileSync(r.screenshot, path.join(root, 'docs', 'images', `${r.name}.png`));
    }
    if (results.some((r) => !r.ok)) code = 1;
  } finally {
    try {
      process.kill(-ui.pid, 'SIGTERM');
    } catch {}
  }
}
log(`end-to-end stage: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
// Read by scripts/test.mjs for the closing count.
console.log(`e2e: ${counts.passing} passed, ${code === 0 ? counts.failing : Math.max(1, counts.failing)} failed`);
process.exit(code === 0 ? 0 : 1);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForHttp(url, ms) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    if (Date.now() > end) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
