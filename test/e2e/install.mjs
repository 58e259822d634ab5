// Installs what the end-to-end tests need when it is missing: Debian's Chromium (apt) and code-server
// 4.100.3 from npm (VS Code 1.100.3 on Node 20), with the two install steps that would reach past npm
// answered locally (ripgrep from Debian instead of GitHub; npx allowed to fetch node-gyp from npm).
import { execFileSync, execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP = { pkg: '1.15.11', asset: 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz' };

export function paths(root) {
  const work = path.join(root, '.vscode-test');
  const cs = path.join(work, 'code-server', 'node_modules', 'code-server');
  return { work, cs, entry: path.join(cs, 'out', 'node', 'entry.js'), server: path.join(cs, 'lib', 'vscode', 'out', 'server-main.js') };
}

export function ensureChromium(log) {
  if (fs.existsSync('/usr/bin/chromium') && fs.existsSync('/usr/bin/rg')) return;
  if (process.getuid?.() !== 0) throw new Error('Chromium and ripgrep are missing and this is not root: run `apt-get install chromium ripgrep libkrb5-dev` first.');
  log('apt-get install chromium ripgrep libkrb5-dev');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium ripgrep libkrb5-dev', { stdio: 'inherit' });
}

export function ensureCodeServer(root, log) {
  const p = paths(root);
  if (fs.existsSync(p.entry) && fs.existsSync(p.server)) return p;
  if (process.versions.node.split('.')[0] !== '20') throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node 20; this is ${process.version}`);
  log(`npm install code-server@${CODE_SERVER_VERSION} (builds native modules: about a minute)`);
  const dir = path.join(p.work, 'code-server');
  const tmp = path.join(p.work, 'tmp');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // @vscode/ripgrep's postinstall would download rg from GitHub; it looks in this cache first.
  const cache = path.join(tmp, `vscode-ripgrep-cache-${RIPGREP.pkg}`);
  fs.mkdirSync(cache, { recursive: true });
  const staging = fs.mkdtempSync(path.join(tmp, 'rg-'));
  fs.copyFileSync('/usr/bin/rg', path.join(staging, 'rg'));
  execFileSync('tar', ['czf', path.join(cache, RIPGREP.asset), '-C', staging, 'rg']);
  fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"code-server-host","private":true}\n');
  execSync(`npm install --no-audit --no-fund --unsafe-perm code-server@${CODE_SERVER_VERSION}`, {
    cwd: dir,
    stdio: ['ignore', fs.openSync(path.join(p.work, 'code-server-install.log'), 'w'), 'inherit'],
    env: { ...process.env, TMPDIR: tmp, npm_config_yes: 'true' },
  });
  if (!fs.existsSync(p.server)) throw new Error(`code-server installed but ${p.server} is missing; see .vscode-test/code-server-install.log`);
  return p;
}
