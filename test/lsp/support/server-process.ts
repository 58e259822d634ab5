import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { repoDir } from '../../support/corpus';
import { DiagnosticsLog } from './diagnostics-log';

export const serverBundle = path.join(repoDir, 'dist', 'server.cjs');

/**
 * The real language server in its own process, spoken to over stdio the way VS Code does. Every
 * publishDiagnostics it sends is kept in `diagnostics`, so a test can wait for the one it caused.
 */
export class ServerProcess {
  readonly diagnostics = new DiagnosticsLog();
  private stderrText = '';
  private sentinels = 0;
  private readonly exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    // A server that dies mid-test must fail that test (by timeout, with what arrived), not crash the runner with EPIPE.
    child.stdin.on('error', () => undefined);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (t: string) => (this.stderrText += t));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.diagnostics.add(p));
    // The connection reports a closed stream as an error once the server exits; that is the point of exit, not a failure.
    connection.onError(() => undefined);
    connection.listen();
  }

  static start(): ServerProcess {
    // The protocol tests talk to the bundle; a missing one must fail loudly, not skip them all.
    if (!fs.existsSync(serverBundle)) throw new Error(`${serverBundle} is missing: run node scripts/build.mjs first (npm test does)`);
    // ADSYNC_SERVER_NODE_ARGS (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the server under a benchmark.
    const nodeArgs = process.env.ADSYNC_SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, serverBundle, '--stdio'], { stdio: 'pipe' });
    // Safety net for a test process that ends without running `after` (the server also exits on its own a few
    // seconds after the processId sent at initialize disappears).
    const killOnExit = () => child.kill();
    process.once('exit', killOnExit);
    child.once('exit', () => process.off('exit', killOnExit));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new ServerProcess(child, connection);
  }

  /** Starts the server and completes the initialize / initialized handshake. */
  /** `folders`: workspace folder paths, for features that read the whole workspace. */
  static async initialized(folders: string[] = []): Promise<{ server: ServerProcess; result: InitializeResult }> {
    const server = ServerProcess.start();
    const result = await server.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
      workspaceFolders: folders.length ? folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })) : null,
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
    return { server, result };
  }

  get stderr(): string {
    return this.stderrText;
  }

  open(uri: string, languageId: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Opens a document and returns the diagnostics the server publishes for that version. */
  async openAndWait(uri: string, languageId: string, text: string, version = 1): Promise<Diagnostic[]> {
    const mark = this.diagnostics.mark();
    await this.open(uri, languageId, version, text);
    return (await this.diagnostics.forVersion(uri, version, mark)).diagnostics;
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /**
   * Resolves once the server has handled every message sent before it: the server handles notifications in
   * order and publishes synchronously, so a sentinel document's diagnostics arrive after any earlier ones.
   * Lets a test assert that something was *not* published without waiting out a timeout.
   */
  async settled(): Promise<void> {
    const uri = `untitled:sentinel-${++this.sentinels}`;
    const mark = this.diagnostics.mark();
    await this.open(uri, 'powershell', 1, '');
    await this.diagnostics.forVersion(uri, 1, mark);
    await this.close(uri);
  }

  /** shutdown then exit, as a client does; resolves with the process's exit code. */
  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    return this.waitForExit(5000);
  }

  waitForExit(timeoutMs: number): Promise<number | null> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`server process ${this.child.pid} still running after ${timeoutMs} ms`)), timeoutMs);
    });
    return Promise.race([this.exited, timeout]).finally(() => clearTimeout(timer));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** For `after`: whatever a test did, no server outlives the suite. */
  async dispose(): Promise<void> {
    this.connection.dispose();
    if (this.running) {
      this.child.kill();
      await this.waitForExit(5000).catch(() => this.child.kill('SIGKILL'));
    }
  }
}
