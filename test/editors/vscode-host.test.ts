/**
 * The extension inside the real VS Code extension host: code-server's VS Code server, opened in Chromium
 * with the smoke-test driver, runs the mocha suite of test/e2e against the built extension.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_SERVER, NODE24, OUTPUT, ROOT, freePort, isolatedEnv, launchChromium, makeWorkspace, missingEditors, startGroup, tempDir, waitForHttp } from '../helpers/editors';

describe('end to end: inside the VS Code extension host', function () {
  this.timeout(240000);

  it('passes the in-editor suite (language, diagnostics, hover, definition, symbols, completion, code actions, commands)', async () => {
    const missing = missingEditors();
    assert.equal(missing, null, missing ?? '');
    const dir = tempDir('unres-vscode-');
    const ws = makeWorkspace(dir);
    const port = await freePort();
    const env = { ...isolatedEnv(dir), PATH: `${join(NODE24, '..')}:${process.env.PATH}` };
    const server = startGroup(NODE24, [
      join(CODE_SERVER, 'lib/vscode/out/server-main.js'),
      '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
      '--server-data-dir', join(dir, 'server'), '--user-data-dir', join(dir, 'user'), '--extensions-dir', join(dir, 'ext'),
      '--disable-telemetry', '--reconnection-grace-time', '5',
    ], env);
    const browser = await launchChromium(dir).catch(async (e) => {
      await server.stop();
      throw e;
    });
    const log: string[] = [];
    try {
      await waitForHttp(`http://127.0.0.1:${port}/`);
      const page = await browser.newPage();
      const exit = new Promise<number>((resolve) => void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code)));
      await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => void log.push(args.map(String).join(' ')));
      const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
      const payload = JSON.stringify([['extensionDevelopmentPath', remote(ROOT)], ['extensionTestsPath', remote(join(ROOT, 'out/e2e/index.js'))]]);
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}&payload=${encodeURIComponent(payload)}`);
      const code = await Promise.race([exit, new Promise<number>((r) => setTimeout(() => r(-1), 200000))]);
      const transcript = log.join('\n');
      mkdirSync(OUTPUT, { recursive: true });
      writeFileSync(join(OUTPUT, 'vscode-host.log'), `${transcript}\n--- server ---\n${server.output()}`);
      assert.equal(code, 0, `extension host suite failed (exit ${code}):\n${transcript}\n--- server ---\n${server.output().slice(-4000)}`);
      assert.match(transcript, /passing/);
      assert.doesNotMatch(transcript, /failing/);
    } finally {
      await browser.close().catch(() => undefined);
      await server.stop();
    }
  });
});
