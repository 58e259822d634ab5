import { Message, PublishDiagnosticsNotification, type PublishDiagnosticsParams } from 'vscode-languageserver/node';

/**
 * Writes messages as UTF-8 JSON, with each diagnostic's bytes made once: the editor keeps the
 * diagnostics of unchanged rules as the same objects across edits, and a large export publishes
 * thousands of them (megabytes) on every keystroke. Copying kept bytes together is several times
 * cheaper than joining their JSON into one string and encoding that. Diagnostics are never changed
 * once published.
 */
export const messageEncoder = {
  name: 'application/json',
  encode(msg: Message, options: { charset: BufferEncoding }): Promise<Uint8Array> {
    return Promise.resolve(messageBytes(msg, options.charset));
  },
};

export function messageBytes(msg: Message, charset: BufferEncoding = 'utf-8'): Buffer {
  const utf8 = charset === 'utf-8' || charset === 'utf8';
  if (!utf8 || !Message.isNotification(msg) || msg.method !== PublishDiagnosticsNotification.method) return Buffer.from(JSON.stringify(msg), charset);
  const { diagnostics, ...rest } = msg.params as PublishDiagnosticsParams;
  // `…"diagnostics":[]}}` with the list spliced in before its closing bracket.
  const head = JSON.stringify({ jsonrpc: msg.jsonrpc, method: msg.method, params: { ...rest, diagnostics: [] } });
  const parts: Buffer[] = [Buffer.from(head.slice(0, -3))];
  diagnostics.forEach((d, k) => {
    if (k > 0) parts.push(COMMA);
    parts.push(bytesOf(d));
  });
  parts.push(CLOSE);
  return Buffer.concat(parts);
}

const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']}}');

const made = new WeakMap<object, Buffer>();

function bytesOf(d: object): Buffer {
  let bytes = made.get(d);
  if (bytes === undefined) made.set(d, (bytes = Buffer.from(JSON.stringify(d))));
  return bytes;
}
