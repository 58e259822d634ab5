import { Message, PublishDiagnosticsNotification, type PublishDiagnosticsParams } from 'vscode-languageserver/node';

/**
 * Writes messages as JSON, with each diagnostic's JSON made once: the editor keeps the diagnostics of
 * unchanged rules as the same objects across edits, and a large export publishes thousands of them
 * (megabytes) on every keystroke. Diagnostics are never changed once published.
 */
export const messageEncoder = {
  name: 'application/json',
  encode(msg: Message, options: { charset: BufferEncoding }): Promise<Uint8Array> {
    return Promise.resolve(Buffer.from(messageJson(msg), options.charset));
  },
};

export function messageJson(msg: Message): string {
  if (!Message.isNotification(msg) || msg.method !== PublishDiagnosticsNotification.method) return JSON.stringify(msg);
  const { diagnostics, ...rest } = msg.params as PublishDiagnosticsParams;
  // `…"diagnostics":[]}}` with the list spliced in before its closing bracket.
  const head = JSON.stringify({ jsonrpc: msg.jsonrpc, method: msg.method, params: { ...rest, diagnostics: [] } });
  return `${head.slice(0, -3)}${diagnostics.map(jsonOf).join(',')}]}}`;
}

const made = new WeakMap<object, string>();

function jsonOf(d: object): string {
  let json = made.get(d);
  if (json === undefined) made.set(d, (json = JSON.stringify(d)));
  return json;
}
