/** Agreed language on a small library written for the test: search, the predecessor, lenses, hover, cache. */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '../../../server/src/core/parse';
import { ResolutionLibrary } from '../../../server/src/library';
import { predecessors } from '../../../server/src/core/features/predecessor';
import { compare } from '../../../server/src/core/features/compare';
import { compareLenses } from '../../../server/src/core/features/compareLens';
import { hover } from '../../../server/src/core/features/hover';
import { queryAt, replacementText } from '../../../server/src/core/features/precedents';
import { passages } from '../../../server/src/core/agreed/passages';

const FIXTURES = join(__dirname, '../../../../test/fixtures');
const LIBRARY = join(FIXTURES, 'agreed');
const DRAFT = readFileSync(join(FIXTURES, 'agreed-draft.unres'), 'utf8');

describe('agreed language', () => {
  const library = new ResolutionLibrary();
  const model = parse(DRAFT);
  before(async () => {
    await library.index([LIBRARY]);
  });

  it('indexes every paragraph and sub-paragraph with its place in the file', () => {
    const found = library.agreedIndex.passages.filter((p) => p.symbol === 'S/RES/9150 (2025)');
    assert.deepEqual(found.map((p) => `${p.part} ${p.paragraph}`), ['preamble 1', 'preamble 2', 'operative 1', 'operative 2', 'operative 3', 'operative 3 (a)', 'operative 3 (b)', 'operative 3 (c)', 'operative 4', 'operative 5']);
    const c = found.find((p) => p.paragraph === '3 (c)')!;
    assert.equal(c.text, 'To assist the national authorities in the demining of agricultural land;');
    assert.deepEqual(c.range.start, { line: 23, character: 0 });
    assert.match(found.find((p) => p.paragraph === '3')!.text, /^Decides that UNVMF shall have the following tasks:\n\n\(a\) To monitor/);
  });

  it('finds the adopted wording of a paragraph, best first, newest first among equals, the differing words marked', () => {
    const q = queryAt(model, { start: DRAFT.indexOf('Urges all'), end: DRAFT.indexOf('Urges all') })!;
    assert.equal(q.paragraph, '3');
    const r = library.precedents(q.text, { limit: 5 });
    assert.deepEqual(r.map((x) => `${x.passage.symbol} ${x.passage.paragraph} ${x.similarity.toFixed(2)}`), ['S/RES/9150 (2025) 2 0.85', 'S/RES/9101 (2024) 2 0.85']);
    assert.deepEqual(r[0].diff.filter((d) => d.op !== 'equal').map((d) => `${d.op}:${d.text.trim()}`), ['delete:Urges', 'insert:Calls upon', 'delete:the Mission', 'insert:UNVMF']);
    assert.equal(replacementText(DRAFT.slice(q.replace.start, q.replace.end), r[0].passage.text), r[0].passage.text);
    assert.equal(replacementText('Urges all parties.', 'Calls upon all parties;'), 'Calls upon all parties.');
  });

  it('finds a sub-paragraph, and a selection inside a longer paragraph', () => {
    const at = DRAFT.indexOf('To assist');
    const r = library.precedents(queryAt(model, { start: at, end: at })!.text, { limit: 1 });
    assert.equal(`${r[0].passage.symbol} ${r[0].passage.paragraph} ${r[0].similarity}`, 'S/RES/9150 (2025) 3 (c) 1');
    const phrase = 'in safety and dignity';
    const sel = queryAt(model, { start: DRAFT.indexOf(phrase), end: DRAFT.indexOf(phrase) + phrase.length })!;
    assert.deepEqual([sel.text, sel.paragraph], [phrase, null]);
    assert.ok(library.precedents(sel.text).some((x) => x.passage.paragraph === '3 (b)'));
  });

  it('adds one line to the hover of a paragraph that matches adopted text, and leaves the document itself out', () => {
    const h = hover(model, DRAFT.indexOf('4. Requests'), library)!;
    assert.match(h.markdown, /Agreed language: identical to S\/RES\/9150 \\\(2025\\\), paragraph 4$/);
    const like = hover(model, DRAFT.indexOf('1. Decides'), library)!;
    assert.match(like.markdown, /Agreed language: 9\d% like S\/RES\/9150 \\\(2025\\\), paragraph 1$/);
    const own = parse(readFileSync(join(LIBRARY, 'S-RES-9150-2025.txt'), 'utf8'));
    assert.match(hover(own, own.text.indexOf('4. Requests'), library)!.markdown, /identical to S\/RES\/9101 \\\(2024\\\), paragraph 4$/);
  });

  it('proposes the latest earlier resolution on the same agenda item, then the ones the draft recalls', () => {
    assert.deepEqual(predecessors(model, library).map((p) => `${p.symbol} ${p.reason}`), ['S/RES/9150 (2025) same agenda item', 'S/RES/9101 (2024) same agenda item']);
    const renewal = parse(readFileSync(join(LIBRARY, 'S-RES-9150-2025.txt'), 'utf8'));
    assert.deepEqual(predecessors(renewal, library).map((p) => `${p.symbol} ${p.reason}`), ['S/RES/9101 (2024) same agenda item']);
  });

  it('writes code lenses on the draft from a comparison', () => {
    const old = parse(readFileSync(join(LIBRARY, 'S-RES-9150-2025.txt'), 'utf8'));
    const lenses = compareLenses(compare(old, model), 'S/RES/9150 (2025)').map((l) => `${model.text.slice(l.span.start, l.span.start + 12)}: ${l.title}`);
    assert.deepEqual(lenses, [
      'Recalling it: changed from 9150 (2025) pp 1 (91% alike)',
      'Reaffirming : unchanged since 9150 (2025) pp 2',
      'Welcoming th: new since 9150 (2025)',
      '1. Decides t: changed from 9150 (2025) ¶1 (95% alike)',
      '2. Decides t: unchanged since 9150 (2025) ¶3',
      '3. Urges all: moved from 9150 (2025) ¶2, changed (85% alike)',
      '4. Requests : unchanged since 9150 (2025) ¶4',
      '5. Decides t: unchanged since 9150 (2025) ¶5',
    ]);
  });

  it('keeps the passages and the search index on disk: a warm start reads no file again and finds the same', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'unres-agreed-'));
    try {
      const cold = new ResolutionLibrary({ cacheDir });
      await cold.index([LIBRARY]);
      const built = cold.agreedIndex.arrays;
      assert.ok(existsSync(join(cacheDir, 'agreed-index.bin')));
      const warm = new ResolutionLibrary({ cacheDir });
      const report = await warm.index([LIBRARY]);
      assert.equal(report.fromCache, report.files);
      assert.deepEqual(warm.agreedIndex.passages, library.agreedIndex.passages);
      assert.deepEqual(warm.agreedIndex.arrays, built);
      assert.deepEqual(warm.precedents('Decides to remain actively seized of the matter.', { limit: 1 }).map((r) => r.similarity), [1]);
      // Without the index on disk, the passages come from their own cache file: no library file is read again.
      rmSync(join(cacheDir, 'agreed-index.bin'));
      const rebuilt = new ResolutionLibrary({ cacheDir });
      await rebuilt.index([LIBRARY]);
      assert.deepEqual(rebuilt.agreedIndex.passages, library.agreedIndex.passages);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });

  it('lists the same passages from a parse without references (what the library does, faster)', () => {
    const lean = parse(DRAFT, { references: false });
    assert.equal(lean.references.length, 0);
    assert.ok(model.references.length > 0);
    assert.deepEqual(passages(lean).map((p) => [p.paragraph, p.text]), passages(model).map((p) => [p.paragraph, p.text]));
  });

  it('names French sub-paragraphs as the text writes them', () => {
    const fr = parse('Le Conseil de sécurité,\n\n1. Décide que la Mission aura pour mandat :\n\na) De surveiller le cessez-le-feu;\n\nb) D’appuyer le retour des réfugiés.\n');
    assert.deepEqual(passages(fr).map((p) => p.paragraph), ['1', '1 (a)', '1 (b)']);
  });
});
