/** Entry point: `unres-language-server --stdio` (any LSP client) or IPC from the VS Code extension. */
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from './server';
import { jsonEncoder } from './encoded';

/**
 * Over stdio the writer reuses encoded answers (`encoded.ts`). Built from a reader and a writer, the
 * connection lacks two things the library does for `--stdio`, done here: console output goes to the
 * client's log instead of corrupting the protocol, and the server exits when its input closes.
 */
function overStdio(): Connection {
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout, { contentTypeEncoder: jsonEncoder }));
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) console[level] = (...args: unknown[]) => connection.console[level === 'debug' ? 'log' : level](format(...args));
  let shutdown = false;
  connection.onShutdown(() => void (shutdown = true));
  process.stdin.on('close', () => process.exit(shutdown ? 0 : 1));
  return connection;
}

startServer(process.argv.includes('--stdio') ? overStdio() : createConnection(ProposedFeatures.all));
