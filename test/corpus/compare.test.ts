/** Compare on real texts: the MINUSMA renewal 2531 (2020) → 2584 (2021), and a PDF extraction against its clean text. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/core/parse';
import { compare, type Alignment } from '../../server/src/core/features/compare';
import { sideOf } from '../helpers/diff';
import { resolutionText } from '../../server/src/library/read';
import { skipWithoutCorpus, TEXTS, UNXML } from '../helpers/corpus';

const read = (path: string) => parse(resolutionText(path, readFileSync(path, 'utf8')));
const name = (a: Alignment) => `${a.part === 'preamble' ? 'pp' : 'op'} ${a.old ? (a.old.label ?? a.old.index) : '-'} → ${a.new ? (a.new.label ?? a.new.index) : '-'} ${a.change}`;

describe('compare (corpus)', function () {
  this.timeout(30000);
  before(function () {
    skipWithoutCorpus(this, UNXML);
  });

  it('aligns the MINUSMA renewal 2531 (2020) → 2584 (2021) as a reader does', () => {
    const old = read(join(UNXML, '2020/English/S_RES_2531 (2020)-2008609E.xml'));
    const now = read(join(UNXML, '2021/English/SC_2584_2021-E.xml'));
    const result = compare(old, now).paragraphs;
    const names = result.map(name);
    // Checked by hand against the two texts.
    for (const expected of [
      'pp 1 → 1 unchanged',
      'pp - → 7 added', // Welcoming the appointment of El-Ghassim Wane
      'pp 22 → 23 changed', // the Secretary-General's report S/2020/476 → S/2021/519
      'op - → 1 added', // the Political Transition
      'op 16 → 17 changed', // extends the mandate until 30 June 2022 (was 2021)
      'op 20 → 22 changed', // "paragraphs 19 above and 28 and 29 below" renumbered as 21, 30, 31
      'op 50 → 49 unchanged',
      'op 65 → 63 unchanged', // "Decides to remain actively seized of the matter"
      'op 64 → - removed',
    ]) assert.ok(names.includes(expected), `${expected} in\n${names.join('\n')}`);
    const extend = result.find((a) => a.new?.label === '17')!;
    assert.deepEqual(extend.diff.filter((d) => d.op !== 'equal').map((d) => `${d.op} ${d.text.trim()}`), ['delete 2021', 'insert 2022']);
    assert.ok(extend.similarity > 0.9 && extend.similarity < 1);
    // Listed in the new text's order, each removed paragraph where it stood.
    const newOrder = result.filter((a) => a.part === 'operative' && a.new).map((a) => a.new!.index);
    assert.deepEqual(newOrder, [...newOrder].sort((x, y) => x - y));
    const removed = result.findIndex((a) => a.old?.label === '64' && a.change === 'removed');
    assert.equal(result[removed - 1].new?.label, '62');
    // Each diff gives back both texts.
    for (const a of result.filter((x) => x.old && x.new)) {
      assert.ok(sideOf(a.diff, 'new').length > 0 && sideOf(a.diff, 'old').length > 0);
    }
  });

  it('finds a PDF extraction identical to the clean text (page furniture, split words and hyphens ignored)', function () {
    skipWithoutCorpus(this, TEXTS);
    const pdf = read(join(TEXTS, 'S-RES-2584-2021.pdf.txt'));
    const clean = read(join(TEXTS, 'S-RES-2584-2021.txt'));
    for (const [a, b] of [[pdf, clean], [clean, pdf]]) {
      const result = compare(a, b).paragraphs;
      assert.equal(result.length, clean.preamble.length + clean.operative.length);
      assert.deepEqual(result.filter((x) => x.change !== 'unchanged').map(name), []);
    }
  });
});
