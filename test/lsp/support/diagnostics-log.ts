import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** How long a test waits for a notification before it fails with what did arrive (well under the 15 s test timeout). */
export const NOTIFICATION_TIMEOUT_MS = 8000;

interface Waiter {
  since: number;
  predicate: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

/**
 * Every publishDiagnostics in arrival order. Waiting starts from a mark taken before the message that
 * causes the notification, so an older notification for the same document can never satisfy the wait.
 */
export class DiagnosticsLog {
  private readonly received: PublishDiagnosticsParams[] = [];
  private waiters: Waiter[] = [];

  add(p: PublishDiagnosticsParams) {
    this.received.push(p);
    const index = this.received.length - 1;
    this.waiters = this.waiters.filter((w) => {
      if (index < w.since || !w.predicate(p)) return true;
      w.resolve(p);
      return false;
    });
  }

  /** The position the next notification will take. */
  mark(): number {
    return this.received.length;
  }

  /**
   * Lets go of the diagnostics of notifications before `mark` (their places stay): a benchmark that
   * edits a large file hundreds of times would otherwise hold every list the server sent.
   */
  release(mark: number) {
    for (let k = 0; k < mark && k < this.received.length; k++) this.received[k] = { ...this.received[k], diagnostics: [] };
  }

  all(): readonly PublishDiagnosticsParams[] {
    return this.received;
  }

  /** The first notification at or after `since` that matches; rejects after `timeoutMs` listing what came instead. */
  waitFor(predicate: (p: PublishDiagnosticsParams) => boolean, since: number, timeoutMs = NOTIFICATION_TIMEOUT_MS): Promise<PublishDiagnosticsParams> {
    const found = this.received.slice(since).find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { since, predicate, resolve: (p) => (clearTimeout(timer), resolve(p)) };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const seen = this.received.slice(since).map((p) => `${p.uri} v${p.version ?? '-'}: ${p.diagnostics.length} diagnostics`);
        reject(new Error(`no matching publishDiagnostics within ${timeoutMs} ms; received since mark: ${seen.length ? seen.join('; ') : 'none'}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The notification for one document version (the server sends one per version it validates). */
  forVersion(uri: string, version: number, since: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor((p) => p.uri === uri && p.version === version, since);
  }

  /** The next notification for a document, whatever its version (didClose sends none). */
  forUri(uri: string, since: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor((p) => p.uri === uri, since);
  }
}
