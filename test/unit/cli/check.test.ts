/** `unres check` over many files: how reports are formatted and how many threads check them. */
import * as assert from 'node:assert/strict';
import { checkText, jsonArray, threadsFor, type CheckSettings } from '../../../server/src/cli/check';
import { analyze } from '../../../server/src/core/analysis';
import { LineIndex } from '../../../server/src/core/text';
import { BundledCatalog } from '../../../server/src/library/bundled/catalog';

const DRAFT = 'The Security Council,\n\n"Recalling" its resolution 99999 (2031),\n\n1. Decides to remain seized of the matter, as paragraph 7 below says\n';
const settings: CheckSettings = { format: 'json', severities: {}, locale: 'en', library: [], cacheDir: '' };

describe('unres check reports', () => {
  it('formats each file as its element of the JSON array that one stringify of all the reports prints', () => {
    const catalog = new BundledCatalog(() => '');
    const files = ['a "quoted" name.txt', 'b.txt', 'c\\d.txt'];
    const texts = [DRAFT, '', DRAFT.replace('7', '1')];
    const reports = files.map((file, i) => checkText(file, { ok: true, text: texts[i] }, settings, catalog));
    const elements = reports.map((r) => ('out' in r ? r.out : ''));
    const expected = texts.map((text, i) => {
      const index = new LineIndex(text);
      const range = (s: { start: number; end: number }) => ({ start: index.positionAt(s.start), end: index.positionAt(s.end) });
      const diagnostics = analyze(text, { library: catalog }).diagnostics;
      return { file: files[i], diagnostics: diagnostics.map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: range(d.span), related: d.related.map((r) => ({ message: r.message, range: range(r.span) })) })) };
    });
    assert.ok(expected[0].diagnostics.length > 0);
    assert.equal(jsonArray(elements), JSON.stringify(expected, null, 2));
    assert.equal(jsonArray([]), JSON.stringify([], null, 2));
  });

  it('checks on as many threads as asked, but never more than the cores or the files', () => {
    assert.equal(threadsFor(4, 1000, 2), 2);
    assert.equal(threadsFor(2, 1000, 8), 2);
    assert.equal(threadsFor(8, 3, 8), 3);
    assert.equal(threadsFor(4, 0, 2), 1);
    assert.equal(threadsFor(1, 1000, 8), 1);
  });
});
