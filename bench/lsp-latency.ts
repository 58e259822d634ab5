import { ServerProcess } from '../test/lsp/support/server-process';
import { percentile } from './stats';
import { letterEdits } from './letter-edits';

export interface Latency {
  edits: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Through the bundled server over stdio, as VS Code talks to it: open the text, then make `edits`
 * single-character edits at random places (a letter typed, seeded), each timed from didChange to the
 * publishDiagnostics of that version.
 */
export async function editLatency(text: string, edits = 200, seed = 7): Promise<Latency> {
  const { server } = await ServerProcess.initialized();
  try {
    const uri = 'file:///bench/latency.ps1';
    await openAndCheck(server, uri, text);
    const samples: number[] = [];
    let version = 1;
    for (const { offset, letter, before } of letterEdits(text, edits, seed)) {
      version++;
      const position = positionAt(before, offset);
      const mark = server.diagnostics.mark();
      const t = performance.now();
      await server.change(uri, version, [{ range: { start: position, end: position }, text: letter }]);
      await published(server, uri, version, mark);
      samples.push(performance.now() - t);
      server.diagnostics.release(mark + 1);
    }
    const sorted = samples.sort((a, b) => a - b);
    // Shut down as VS Code does (a profile of the server, ADSYNC_SERVER_NODE_ARGS, is written on a clean exit).
    await server.shutdown();
    return { edits, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
  } finally {
    await server.dispose();
  }
}

/** Resident memory of the server after it opened and checked the text: now and at its peak (MB, from /proc). */
export async function serverMemory(text: string): Promise<{ rss: number; peak: number } | undefined> {
  const { server } = await ServerProcess.initialized();
  try {
    await openAndCheck(server, 'file:///bench/memory.ps1', text);
    const status = await import('node:fs').then((fs) => fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8'));
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  } finally {
    await server.dispose();
  }
}

/** Large files take longer than a test would wait. */
const WAIT_MS = 180_000;

function published(server: ServerProcess, uri: string, version: number, mark: number) {
  return server.diagnostics.waitFor((p) => p.uri === uri && p.version === version, mark, WAIT_MS);
}

async function openAndCheck(server: ServerProcess, uri: string, text: string) {
  const mark = server.diagnostics.mark();
  await server.open(uri, 'powershell', 1, text);
  await published(server, uri, 1, mark);
}

function positionAt(text: string, offset: number) {
  const before = text.lastIndexOf('\n', offset - 1);
  let line = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) line++;
  return { line, character: offset - (before + 1) };
}
