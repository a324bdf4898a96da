/**
 * A user's-eye run through the workbench UI: the packaged .vsix installed into code-server, a draft
 * opened from the explorer in Chromium, the squiggle, the Problems panel, a hover box, and a screenshot
 * in test-output/ for a person to look at.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { CODE_SERVER, NODE24, OUTPUT, ROOT, freePort, isolatedEnv, launchChromium, makeWorkspace, missingEditors, startGroup, tempDir, waitForHttp } from '../helpers/editors';

const VSIX = join(ROOT, 'unres.vsix');

/** Centre of the first occurrence of `text` in the editor's rendered lines (in a line that reads `context`, when given). */
async function pointOf(page: Page, text: string, context = ''): Promise<{ x: number; y: number }> {
  const box = await page.evaluate(([needle, within]) => {
    const lines = document.querySelector('.editor-instance .view-lines') ?? document.querySelector('.view-lines');
    if (!lines) return null;
    for (const line of Array.from(lines.querySelectorAll('.view-line'))) {
      if (!(line.textContent ?? '').replace(/\u00a0/g, ' ').includes(within)) continue;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(needle);
        if (i >= 0) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + needle.length);
          const b = r.getBoundingClientRect();
          return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
    }
    return null;
  }, [text, context] as const);
  assert.ok(box, `«${text}» not visible in the editor`);
  return box;
}

describe('end to end: through the workbench UI', function () {
  this.timeout(240000);

  it('shows squiggles, Problems entries and hovers for a draft opened from the explorer', async () => {
    const missing = missingEditors();
    assert.equal(missing, null, missing ?? '');
    assert.ok(existsSync(VSIX) && statSync(VSIX).size < 1.5 * 1024 * 1024, 'npm run package builds unres.vsix (under 1.5 MB)');
    const dir = tempDir('unres-ui-');
    const ws = makeWorkspace(dir);
    const env = { ...isolatedEnv(dir), PATH: `${join(NODE24, '..')}:${process.env.PATH}` };
    const entry = join(CODE_SERVER, 'out/node/entry.js');
    const common = ['--user-data-dir', join(dir, 'user'), '--extensions-dir', join(dir, 'ext')];
    execFileSync(NODE24, [entry, ...common, '--install-extension', VSIX], { env, stdio: 'pipe' });
    const port = await freePort();
    const server = startGroup(NODE24, [
      entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--reconnection-grace-time', '5', ...common, ws,
    ], env);
    const browser = await launchChromium(dir).catch(async (e) => {
      await server.stop();
      throw e;
    });
    try {
      await waitForHttp(`http://127.0.0.1:${port}/healthz`);
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(ws)}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'with-mistakes.unres' });
      await row.waitFor({ timeout: 60000 });
      await row.click();
      await page.waitForSelector('.squiggly-error', { timeout: 60000 });

      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel .monaco-list-row');
      await problems.first().waitFor({ timeout: 30000 });
      const entries = await problems.allInnerTexts();
      assert.ok(entries.some((e) => e.includes('write \'paragraph 4 below\'')), entries.join('\n'));

      // Resolutions wrap (a default of the language): the lines above are taller, so go to the line first,
      // and point at the word "paragraph" of "paragraph 4 above", which a narrow editor may wrap after it.
      const line = readFileSync(join(ROOT, 'examples/with-mistakes.unres'), 'utf8').split('\n').findIndex((l) => l.includes('paragraph 4 above')) + 1;
      await page.keyboard.press('Control+G');
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');

      // The hover appears after a delay and only for a mouse that moved onto the word: retry a few times.
      const hover = page.locator('.monaco-hover-content').filter({ hasText: 'Paragraph 4' });
      for (let attempt = 0; ; attempt++) {
        await page.mouse.move(5, 5);
        const target = await pointOf(page, 'paragraph', 'tasks in paragraph');
        await page.mouse.move(target.x - 2, target.y, { steps: 3 });
        await page.mouse.move(target.x, target.y, { steps: 2 });
        try {
          await hover.first().waitFor({ timeout: 4000 });
          break;
        } catch (e) {
          if (attempt >= 8) throw e;
        }
      }
      const text = await hover.first().innerText();
      assert.match(text, /Requests the Panel of Experts/);

      mkdirSync(OUTPUT, { recursive: true });
      await page.screenshot({ path: join(OUTPUT, 'workbench.png') });
      assert.ok(statSync(join(OUTPUT, 'workbench.png')).size > 10000);
    } finally {
      await browser.close().catch(() => undefined);
      await server.stop();
    }
  });
});
