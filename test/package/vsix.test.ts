/** The packaged extension holds only what it needs, with a LICENSE, an icon, a README with a screenshot, and a CHANGELOG. */
import * as assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '@vscode/vsce';

const ROOT = join(__dirname, '../../..');

describe('the .vsix', () => {
  it('lists only the extension’s files', async () => {
    const files = (await listFiles({ cwd: ROOT, packagedDependencies: [] })).sort();
    assert.deepEqual(files.filter((f) => !f.startsWith('docs/rules/') && !f.startsWith('snippets/') && !f.startsWith('syntaxes/')), [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'data/un-resolutions.jsonl',
      'dist/client.js',
      'dist/indexWorker.js',
      'dist/server.js',
      'docs/marketplace/README.md',
      'images/icon.png',
      'images/screenshot.png',
      'l10n/bundle.l10n.ar.json',
      'l10n/bundle.l10n.es.json',
      'l10n/bundle.l10n.fr.json',
      'l10n/bundle.l10n.ru.json',
      'l10n/bundle.l10n.zh-cn.json',
      'language-configuration.json',
      'package.json',
      'package.nls.ar.json',
      'package.nls.es.json',
      'package.nls.fr.json',
      'package.nls.json',
      'package.nls.ru.json',
      'package.nls.zh-cn.json',
    ]);
    assert.ok(files.includes('docs/rules/xref-direction.md') && files.includes('syntaxes/unres.tmLanguage.json') && files.includes('snippets/unres.json'));
  });

  it('stays under 1.5 MB once built, with the catalog of resolutions', () => {
    const vsix = join(ROOT, 'unres.vsix');
    assert.ok(existsSync(vsix), 'npm run package builds unres.vsix (npm test runs it)');
    assert.ok(statSync(vsix).size < 1.5 * 1024 * 1024, `${statSync(vsix).size} bytes`);
  });
});
