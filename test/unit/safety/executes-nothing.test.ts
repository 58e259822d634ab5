import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoDir } from '../../support/corpus';

/** Modules through which code could run a program or reach the network. */
const FORBIDDEN_MODULES = ['child_process', 'net', 'http', 'https', 'http2', 'dns', 'tls', 'dgram', 'vm', 'worker_threads', 'cluster', 'inspector'];
const REQUIRE = new RegExp(`require\\(["'](?:node:)?(${FORBIDDEN_MODULES.join('|')})["']\\)`, 'g');
const IMPORT = new RegExp(`from ["'](?:node:)?(${FORBIDDEN_MODULES.join('|')})["']`, 'g');
/** `eval(…)` and `Function(…)` / `new Function(…)` — not `isFunction(`, `.Function(` or `function(`. */
const EVAL = /(?<![\w$.])(eval|Function)\s*\(/g;

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('the server and the CLI execute nothing and open no connection', () => {
  for (const bundle of ['dist/server.cjs', 'dist/cli.cjs']) {
    test(`${bundle}: no child_process, network or vm module, no eval or Function()`, () => {
      const text = fs.readFileSync(path.join(repoDir, bundle), 'utf8');
      assert.ok(text.length > 100_000, 'the bundle is built (npm test builds it first)');
      assert.deepEqual(matches(text, REQUIRE), []);
      assert.deepEqual(matches(text, EVAL), []);
    });
  }

  test('the modules bundled libraries ask for are replaced by ones that refuse', () => {
    const text = fs.readFileSync(path.join(repoDir, 'dist', 'server.cjs'), 'utf8');
    // vscode-languageserver's npm/yarn lookup and vscode-jsonrpc's socket transports are still in the bundle, unreachable.
    assert.match(text, /adsync-rules does not use child_process/);
    assert.match(text, /adsync-rules does not use net/);
  });

  test('our own sources import none of them either', () => {
    const offending = sourceFiles(path.join(repoDir, 'server', 'src')).flatMap((f) => {
      const text = fs.readFileSync(f, 'utf8');
      return [...matches(text, IMPORT), ...matches(text, REQUIRE), ...matches(text, EVAL)].map((m) => `${path.relative(repoDir, f)}: ${m}`);
    });
    assert.deepEqual(offending, []);
  });

  test('the checks themselves would see an offender (the patterns match what they must)', () => {
    assert.deepEqual(matches('x = require("node:child_process"); y = require(\'net\')', REQUIRE).length, 2);
    assert.deepEqual(matches('a = eval("1"); b = new Function("return 1"); c = isFunction(d); e = function(f) {}', EVAL), ['eval(', 'Function(']);
    assert.deepEqual(matches("import { spawn } from 'child_process';", IMPORT).length, 1);
  });
});
