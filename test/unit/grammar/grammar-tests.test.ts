// Runs the inline-assertion grammar tests in grammars/test/ with vscode-tmgrammar-test's own CLI: package.json is its
// configuration (so the real `contributes.grammars` entry, with its injectTo, is what gets tested) and the PowerShell
// grammar comes from the pinned tm-grammars package.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { repoDir } from '../../support/corpus';
import { INJECTION_SCOPE, grammarContributions, powershellGrammarPath } from './support/textmate';

const require = createRequire(import.meta.url);
const testDir = path.join(repoDir, 'grammars', 'test');
const testFiles = fs.readdirSync(testDir).filter((f) => f.endsWith('.test.ps1')).sort();

function cliPath(): string {
  const manifestPath = require.resolve('vscode-tmgrammar-test/package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(manifestPath), manifest.bin['vscode-tmgrammar-test']!);
}

describe('expression injection grammar', () => {
  it('is contributed as an injection into PowerShell and the Documenter script language', () => {
    const injection = grammarContributions().find((g) => g.scopeName === INJECTION_SCOPE);
    assert.ok(injection, `package.json contributes no grammar with scopeName ${INJECTION_SCOPE}`);
    assert.deepEqual([...(injection.injectTo ?? [])].sort(), ['source.adsync-powershell', 'source.powershell']);
    assert.ok(fs.existsSync(path.join(repoDir, injection.path)), `${injection.path} is missing`);
  });

  it('passes every vscode-tmgrammar-test file in grammars/test', () => {
    assert.ok(testFiles.length >= 2, `expected grammar test files in ${testDir}`);
    const run = spawnSync(
      process.execPath,
      [cliPath(), '--config', 'package.json', '--grammar', path.relative(repoDir, powershellGrammarPath), 'grammars/test/*.test.ps1'],
      { cwd: repoDir, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 120_000 },
    );
    const output = `${run.stdout}${run.stderr}`;
    assert.equal(run.status, 0, `vscode-tmgrammar-test failed (exit ${run.status}, signal ${run.signal}):\n${output}`);
    for (const file of testFiles) assert.match(output, new RegExp(`grammars/test/${file.replace(/\./g, '\\.')}`), `${file} was not run`);
  });
});
