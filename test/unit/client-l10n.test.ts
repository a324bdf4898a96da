/**
 * The extension's own words in the six languages: command titles and settings (package.nls.*.json) and
 * the client's messages (vscode.l10n, l10n/bundle.l10n.*.json). A test fails when a bundle lacks a
 * string or keeps one that is no longer used.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
/** VS Code's display languages for the UN's official languages other than English. */
const LOCALES = ['fr', 'es', 'ru', 'ar', 'zh-cn'];
const json = (path: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, string>;
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('extension bundles', () => {
  it('package.json names every title and description by a key of package.nls.json, and uses them all', () => {
    const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const used = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]).sort();
    assert.deepEqual(Object.keys(json('package.nls.json')).sort(), [...new Set(used)]);
  });

  it('the client calls vscode.l10n.t with the strings the bundles translate, and no other', () => {
    const calls = readdirSync(join(ROOT, 'client/src'))
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(ROOT, 'client/src', f), 'utf8').matchAll(/l10n\.t\('([^'\n]*)'/g)].map((m) => m[1]));
    assert.ok(calls.length >= 7);
    for (const locale of LOCALES) assert.deepEqual(Object.keys(json(`l10n/bundle.l10n.${locale}.json`)).sort(), [...new Set(calls)].sort(), locale);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every key, with its placeholders`, () => {
      const nls = json('package.nls.json');
      const translated = json(`package.nls.${locale}.json`);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(nls).sort());
      const bundle = json(`l10n/bundle.l10n.${locale}.json`);
      for (const [source, text] of Object.entries(bundle)) assert.deepEqual(placeholders(text), placeholders(source), `${locale}: ${source}`);
      for (const value of [...Object.values(translated), ...Object.values(bundle)]) assert.ok(value.trim() !== '', `${locale}: an empty string`);
    });
  }
});
