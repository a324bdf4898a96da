// Bundles the extension client, the language server and the command line separately with esbuild
// (dist/client.js, dist/server.js, dist/cli.js), each with the worker scripts it starts beside it.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', sourcemap: true, minify: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  // Library indexing parses files on worker threads started from beside the server.
  build({ ...common, entryPoints: ['server/src/library/indexWorker.ts'], outfile: 'dist/indexWorker.js' }),
  // One file to load instead of a hundred modules: the CLI starts sooner, and so does each of its workers.
  build({ ...common, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.js' }),
  build({ ...common, entryPoints: ['server/src/cli/checkWorker.ts'], outfile: 'dist/checkWorker.js' }),
]);
