/** Renumbering and the PDF clean-up on the real corpus (skips without it). */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from '../../server/src/core/parse';
import { applyEdits, renumber } from '../../server/src/core/features/renumber';
import { cleanUpPdfText } from '../../server/src/core/features/cleanup';
import { TEXTS, listFiles, skipWithoutCorpus } from '../helpers/corpus';

/** PDF extractions: the SC one named *.pdf.txt and the GA ones with page furniture. */
const PDF_EXTRACTIONS = ['S-RES-2584-2021.pdf.txt', 'A-RES-78-1.txt', 'A-RES-78-300.txt', 'A-RES-79-124.txt'];

describe('corpus: renumbering S/RES/2584 (2021) after an insertion', function () {
  before(function () {
    skipWithoutCorpus(this, TEXTS);
  });

  it('renumbers 1..64 and moves every reference with its paragraph, changing only numbers', () => {
    const original = readFileSync(join(TEXTS, 'S-RES-2584-2021.pdf.txt'), 'utf8');
    const at = original.indexOf(' 21. Decides that the primary');
    const text = `${original.slice(0, at)} 20 bis. Decides to consider further steps;\n\n${original.slice(at)}`;
    const out = applyEdits(text, renumber(parse(text)).edits);
    const m = parse(out);
    assert.deepEqual(m.operative.map((p) => p.label), Array.from({ length: 64 }, (_, i) => String(i + 1)));
    const squash = (t: string) => t.replace(/\s+/g, ' ');
    assert.match(squash(out), /referred to in paragraph 62 below/);
    assert.match(squash(out), /paragraphs 22 above and 31 and 32 below/);
    assert.match(squash(out), /priority measures referenced in paragraph 4 through/);
    assert.match(squash(out), /set -out in paragraph 15 above/);
    // Only digits changed: the texts agree once numbers are masked, and their lengths differ by digits only.
    assert.equal(out.replace(/\d+/g, '#'), text.replace(/\d+ bis/, '#').replace(/\d+/g, '#'));
  });
});

describe('corpus: clean-up of PDF extractions', function () {
  before(function () {
    skipWithoutCorpus(this, TEXTS);
  });

  const words = (t: string) => t.split(/\s+/).filter(Boolean);

  for (const name of PDF_EXTRACTIONS) {
    it(`${name}: every word stays in order, and the structure is unchanged`, () => {
      const text = readFileSync(join(TEXTS, name), 'utf8');
      const model = parse(text);
      const cleaned = cleanUpPdfText(model);
      // The words of the text without its page furniture, body first, then footnotes.
      const removed = [...model.artifacts, ...model.footnotes].map((x) => x.span).sort((a, b) => a.start - b.start);
      const bodyWords = removed.reduceRight((t, s) => t.slice(0, s.start) + ' ' + t.slice(s.end), text);
      const footnoteWords = model.footnotes.flatMap((f) => words(f.text));
      assert.deepEqual(words(cleaned), [...words(bodyWords), ...(footnoteWords.length ? ['__________________', ...footnoteWords] : [])]);
      const again = parse(cleaned);
      assert.deepEqual(again.operative.map((p) => p.label), model.operative.map((p) => p.label));
      const refs = (m: typeof model) => m.references.map((r) => `${r.kind}:${r.text.replace(/\s+/g, ' ')}`);
      assert.deepEqual(refs(again), refs(model));
      assert.deepEqual(again.artifacts.filter((a) => a.type !== 'separator'), []);
    });
  }

  it('lists the PDF extractions of the corpus', () => {
    const present = listFiles(TEXTS, '.txt').map((f) => basename(f));
    for (const name of PDF_EXTRACTIONS) assert.ok(present.includes(name), name);
  });
});
