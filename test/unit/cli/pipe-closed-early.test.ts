// `adsync-rules show … | head` closes stdout early; the CLI must stop quietly rather than print an EPIPE stack trace.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { repoDir, skipWithoutCorpus } from '../../support/corpus';
import { cliBundle } from './support/cli-runner';
import { corpusInput } from './support/corpus-inputs';

describe('stdout closed by the reader', { skip: skipWithoutCorpus }, () => {
  it('show --format json of a whole server export, read one chunk then closed: exit 0, nothing on stderr', { timeout: 15000 }, async () => {
    // Megabytes of JSON: far more than a pipe buffer, so the write really meets a closed pipe.
    const child = spawn(process.execPath, [cliBundle, 'show', corpusInput.serverConfig, corpusInput.serverConfigModified, '--format', 'json'], { cwd: repoDir });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
