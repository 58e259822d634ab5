import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { messageEncoder } from './message-encoder';

/**
 * The connection over stdio (how the extension starts the server) with our message encoder, doing what
 * the library does for `--stdio` itself: the process ends when the editor closes the pipe (a crashed
 * editor leaves no server behind), and console output goes to the client's log, never into the protocol
 * stream. Other transports (--node-ipc, --socket) are left to the library.
 */
export function createServerConnection(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const connection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: messageEncoder }),
  );
  let shutDown = false;
  connection.onShutdown(() => {
    shutDown = true;
  });
  const end = () => process.exit(shutDown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  const log = (write: (message: string) => void) => (...args: unknown[]) => write(format(...args));
  console.log = console.info = log((m) => connection.console.log(m));
  console.debug = log((m) => connection.console.debug(m));
  console.warn = log((m) => connection.console.warn(m));
  console.error = log((m) => connection.console.error(m));
  return connection;
}
