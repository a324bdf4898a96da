// Bundles the extension client and the language server separately with esbuild (dist/client.js, dist/server.js).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', sourcemap: true, minify: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  // Library indexing parses files on worker threads started from beside the server.
  build({ ...common, entryPoints: ['server/src/library/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
]);
