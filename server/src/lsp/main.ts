/** Entry point: `unres-language-server --stdio` (any LSP client) or IPC from the VS Code extension. */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
