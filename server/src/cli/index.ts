import { nodeFileSource } from '../formats/node-file-source';
import { runCli } from './main';

declare const ADSYNC_VERSION: string;

// stdout may be a pipe that closes early (`| head`): stop quietly instead of crashing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

try {
  process.exitCode = runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    files: nodeFileSource,
    version: typeof ADSYNC_VERSION === 'string' ? ADSYNC_VERSION : 'dev',
  });
} catch (e) {
  process.stderr.write(`adsync-rules: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 2;
}
