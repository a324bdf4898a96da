/**
 * Property (fast-check): after every edit of a random edit sequence, the incremental analysis of a
 * document gives exactly the model and diagnostics of a full analysis of the same text.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../server/src/core/analysis';
import { IncrementalAnalysis } from '../../server/src/core/incremental';
import { LineIndex } from '../../server/src/core/text';
import { applyChange, type Change } from '../../server/src/core/edits';
import type { Resolution, SubParagraph } from '../../server/src/core/model';
import { hardWrapped, pdfExtraction } from '../helpers/layouts';
import { TEXTS } from '../helpers/corpus';
import { sharedObjects } from '../helpers/ownership';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');
const FRENCH = readFileSync(join(__dirname, '../../../examples/sc-projet-fr.unres'), 'utf8');
const CORPUS = existsSync(TEXTS) ? readdirSync(TEXTS).map((f) => readFileSync(join(TEXTS, f), 'utf8')).filter((t) => t.length < 40000) : [];
const SEEDS = [FIXTURE, hardWrapped(FIXTURE), pdfExtraction(FIXTURE, 'S/RES/9001 (2026)'), FRENCH, ...CORPUS.slice(0, 4)];
const S2231 = join(TEXTS, 'S-RES-2231-2015.txt');
/** Every corpus text, whatever its size: long texts hold the structures short ones lack (a paragraph continued after an annex heading). */
const WHOLE_CORPUS = existsSync(TEXTS) ? readdirSync(TEXTS).map((f) => readFileSync(join(TEXTS, f), 'utf8')) : [];

/** A generated resolution: paragraphs under headings with lettered and roman items, references above and below, an annex numbered anew. */
function generated(paragraphs: number): string {
  const parts = ['Resolution 9999 (2026)', 'Adopted by the Security Council at its 9999th meeting, on 1 January 2026', 'The Security Council,'];
  for (let i = 1; i <= 14; i++) parts.push(`Recalling its resolution ${2300 + i} (2016) and the statement of its President S/PRST/2016/${i},`);
  const list = (n: number, annex: boolean): void => {
    for (let k = 1; k <= n; k++) {
      if (k % 6 === 1) parts.push(`Section ${Math.ceil(k / 6)} of the mandate`);
      const refs = k > 3 ? ` as set out in paragraphs ${k - 3} and ${k - 2} above and paragraph ${Math.min(n, k + 2)} below` : '';
      parts.push(`${k}. Requests the Secretary-General to report on resolution 2374 (2017)${refs}, including on the following:`);
      parts.push('(a) the political process and the measures referred to in subparagraph (b) below;', '(b) the protection of civilians, in particular:', '(i) women and children;', '(ii) internally displaced persons;');
      parts.push(k === n && !annex ? '(c) the humanitarian situation.' : '(c) the humanitarian situation;');
    }
  };
  list(paragraphs, false);
  parts.push('Annex');
  list(Math.ceil(paragraphs / 2), true);
  return parts.join('\n\n') + '\n';
}

/**
 * The analysis as canonical JSON: links between nodes (a target's resolved paragraph, a reference's
 * holder) are written as the span of the node they point at.
 */
function canonical(a: Analysis): string {
  return JSON.stringify(a, (key, value: unknown) => ((key === 'resolved' || key === 'holder') && value ? (value as { span: unknown }).span : value));
}

/** Text typed or pasted into a resolution: words, labels, references, line breaks. */
const PIECES = ['x', ' ', '\n', '\n\n', '1. ', '7. ', '(a) ', '(ii) ', 'b) ', 'paragraph 2 above', 'paragraphs 3 to 5 below', 'resolution 2374 (2017)', 'Decides ', 'Recalling ', ';', ',', '.', 'Annex', 'Le Conseil de sécurité,', 'l’alinéa a) du paragraphe 1', '21-08828 14/18'];

const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(60), fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }));

/** A place inside a block of text, `at` in [0, 1) along the blocks. */
function inBlock(model: Resolution, at: number, along: number): number {
  const b = model.blocks[Math.floor(at * model.blocks.length)];
  return b ? b.span.start + Math.floor(along * (b.span.end - b.span.start + 1)) : Math.floor(along * model.text.length);
}

const LABELS = ['(b)', '(ii)', '3.', '12 bis.', 'a)', '(a) (i)', '–', 'II', 'Annex'];

/** Spread evenly over [0, 1): edits land anywhere in a text, not mostly at its start. */
const fraction = fc.noBias(fc.integer({ min: 0, max: 9999 })).map((n) => n / 10000);

/** An edit as an editor reports it, made on the model and text it applies to. */
type RangeEdit = (model: Resolution, text: string) => Change;

/** What is typed inside a paragraph: mostly words, sometimes a reference or a piece of structure. */
const TYPED = ['x', 'e', ' ', 'word ', ',', ';', 'paragraph 2 above', 'resolution 2374 (2017)', 'subparagraph (b) below', ...PIECES];

/** Typing or deleting inside a paragraph, the most common edit. */
const typing: fc.Arbitrary<RangeEdit> = fc.tuple(fraction, fraction, fc.nat(3), fc.array(fc.constantFrom(...TYPED), { maxLength: 2 })).map(
  ([at, along, cut, insert]): RangeEdit =>
    (model, text) => {
      const start = Math.min(inBlock(model, at, along), text.length);
      return { start, end: Math.min(text.length, start + cut), text: insert.join('') };
    },
);

/** A label changed or written over. */
const relabel: fc.Arbitrary<RangeEdit> = fc.tuple(fraction, fc.constantFrom(...LABELS)).map(
  ([at, label]): RangeEdit =>
    (model) => {
      const labelled = [...model.operative, ...model.operative.flatMap((p) => p.children)];
      const target = labelled[Math.floor(at * labelled.length)];
      return target ? { start: target.labelSpan.start, end: target.labelSpan.end, text: label } : { start: 0, end: 0, text: label };
    },
);

/** A paragraph split in two, or two joined (a delete across paragraphs). */
const splitOrJoin: fc.Arbitrary<RangeEdit> = fc.tuple(fraction, fraction, fc.boolean()).map(
  ([at, along, split]): RangeEdit =>
    (model, text) => {
      const start = Math.min(inBlock(model, at, along), text.length);
      if (split) return { start, end: start, text: '\n\n' };
      const next = inBlock(model, Math.min(0.9999, at + 1 / Math.max(1, model.blocks.length)), along);
      return { start, end: Math.min(text.length, Math.max(start, next + 1)), text: '' };
    },
);

const rangeEdit = fc.oneof({ weight: 6, arbitrary: typing }, { weight: 1, arbitrary: relabel }, { weight: 1, arbitrary: splitOrJoin });

/**
 * Makes each batch of edits on `seed` and checks after each batch that the incremental analysis, given the
 * batch's changes, equals a full analysis of the text; `tally` counts the analyses and those carried over.
 */
function editAndCompare(seed: string, batches: readonly (readonly RangeEdit[])[], tally = { analyses: 0, patched: 0 }): void {
  const incremental = new IncrementalAnalysis();
  let text = seed;
  let model = incremental.analyze(text).model;
  for (const batch of batches) {
    const changes: Change[] = [];
    for (const e of batch) {
      const c = e(model, text);
      changes.push(c);
      text = applyChange(text, c);
      // The next change of the batch is placed on the text as it now is.
      if (changes.length < batch.length) model = analyze(text).model;
    }
    const a = incremental.analyze(text, {}, changes);
    tally.analyses++;
    if (incremental.patched) tally.patched++;
    assert.equal(canonical(a), canonical(analyze(text)), `after ${JSON.stringify(changes)}`);
    // Offsets moved in place stay each node's own: the next edit moves each once.
    assert.deepEqual(sharedObjects(a), [], `after ${JSON.stringify(changes)}`);
    model = a.model;
  }
}


describe('incremental analysis (property)', () => {
  it('equals a full analysis after every edit of a random sequence', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SEEDS), fc.array(edit, { minLength: 1, maxLength: 8 }), (seed, edits) => {
        const incremental = new IncrementalAnalysis();
        let text = seed;
        assert.equal(canonical(incremental.analyze(text)), canonical(analyze(text)));
        for (const [where, cut, insert] of edits) {
          const at = Math.floor(where * text.length);
          text = text.slice(0, at) + insert.join('') + text.slice(at + cut);
          assert.equal(canonical(incremental.analyze(text)), canonical(analyze(text)), `after an edit at ${at}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('equals a full analysis after edits given as ranges, carried over or not', function () {
    const seeds = [...SEEDS, generated(30), ...(existsSync(S2231) ? [readFileSync(S2231, 'utf8')] : [])];
    const tally = { analyses: 0, patched: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(fc.array(rangeEdit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (seed, batches) => editAndCompare(seed, batches, tally)),
      { numRuns: 80 },
    );
    // Most edits inside a paragraph keep the structure: the property must exercise the carried-over path.
    assert.ok(tally.patched > tally.analyses / 10, `${tally.patched} of ${tally.analyses} analyses carried the model over`);
  });

  it('carries typing inside paragraphs over, and equals a full analysis', function () {
    const seeds = [generated(60), hardWrapped(FIXTURE), ...(existsSync(S2231) ? [readFileSync(S2231, 'utf8')] : [])];
    const tally = { analyses: 0, patched: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(typing, { minLength: 1, maxLength: 10 }), (seed, edits) => editAndCompare(seed, edits.map((e) => [e]), tally)),
      { numRuns: 30 },
    );
    assert.ok(tally.patched > tally.analyses / 3, `${tally.patched} of ${tally.analyses} analyses carried the model over`);
  });

  it('equals a full analysis after typing in any corpus text', function () {
    if (WHOLE_CORPUS.length === 0) this.skip();
    fc.assert(
      fc.property(fc.constantFrom(...WHOLE_CORPUS), fc.array(typing, { minLength: 1, maxLength: 6 }), (seed, edits) => editAndCompare(seed, edits.map((e) => [e]))),
      { numRuns: 60 },
    );
  });

  it('carries over a change inside a paragraph that runs past its section', () => {
    // Sub-paragraphs after an annex heading continue the resolution's last paragraph (as in S/RES/2253 (2015)).
    const text = `${['The Security Council,', 'Recalling its resolution 2161 (2014),', '1. Decides that the Monitoring Team shall report as set out in annex I;', '2. Decides to remain seized of the matter.', 'Annex I', 'In accordance with paragraph 1 of this resolution, the Monitoring Team shall have the following responsibilities:', '(a) To submit reports to the Committee;', '(b) To assist the Committee as described in paragraph 2 above.'].join('\n\n')}\n`;
    const at = text.indexOf('the Monitoring Team shall have');
    const change = { start: at, end: at, text: 'x' };
    const incremental = new IncrementalAnalysis();
    incremental.analyze(text);
    const a = incremental.analyze(applyChange(text, change), {}, [change]);
    assert.equal(incremental.patched, true);
    assert.equal(canonical(a), canonical(analyze(applyChange(text, change))));
  });

  it('carries typing early in a long text over, moving every node after it in place', () => {
    // At 1 % of a text of many paragraphs, nearly every node lies after the change and moves.
    let text = generated(200);
    const incremental = new IncrementalAnalysis();
    let model = incremental.analyze(text).model;
    const at = text.indexOf('the political process', Math.floor(text.length / 100));
    for (const change of [
      { start: at, end: at, text: 'x' },
      { start: at, end: at + 1, text: '' },
      { start: at + 4, end: at + 4, text: 'whole ' },
      { start: at, end: at, text: 'paragraph 3 above and ' },
    ]) {
      const before = model;
      text = applyChange(text, change);
      model = incremental.analyze(text, {}, [change]).model;
      assert.equal(incremental.patched, true, `${JSON.stringify(change)} is carried over`);
      assert.equal(canonical({ model, diagnostics: [] }), canonical({ model: analyze(text).model, diagnostics: [] }), `after ${JSON.stringify(change)}`);
      // The nodes are the ones before, moved: the previous result is not that of the text before any more.
      assert.equal(model.operative[model.operative.length - 1], before.operative[before.operative.length - 1]);
    }
  });

  it('moves the line index as a new one would be', () => {
    const change = fc.tuple(fraction, fc.nat(3), fc.constantFrom('x', '', 'yy', '\n', 'z\nw', '\r\n', '\r'));
    fc.assert(
      fc.property(fc.constantFrom('ab\ncd ef\n\nghij\nk', 'one\r\ntwo\r\n', FIXTURE.slice(0, 400), FIXTURE.slice(0, 400).replace(/\n/g, '\r\n')), fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 6 }), (seed, batches) => {
        let text = seed;
        let index = new LineIndex(text);
        for (const batch of batches) {
          const changes: Change[] = [];
          for (const [at, cut, insert] of batch) {
            const start = Math.floor(at * (text.length + 1));
            changes.push({ start, end: Math.min(text.length, start + cut), text: insert });
            text = applyChange(text, changes[changes.length - 1]);
          }
          index = index.edited(text, changes);
          const fresh = new LineIndex(text);
          for (let o = 0; o <= text.length; o++) assert.deepEqual(index.positionAt(o), fresh.positionAt(o));
          for (let l = 0; l < fresh.lineCount; l++) assert.equal(index.lineEnd(l), fresh.lineEnd(l));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads again only the paragraph an edit touches', () => {
    const incremental = new IncrementalAnalysis();
    const all = incremental.analyze(FIXTURE).model;
    const texts = new Set<string>(all.preamble.map((p) => p.content.text));
    const add = (list: readonly SubParagraph[]): void => {
      for (const sp of list) {
        texts.add(sp.content.text);
        add(sp.children);
      }
    };
    for (const p of all.operative) {
      texts.add(p.content.text);
      add(p.children);
    }
    assert.equal(incremental.scanned, texts.size, 'every distinct paragraph and sub-paragraph text is read once');
    const at = FIXTURE.indexOf('\n4. Requests') + 4;
    const edited = FIXTURE.slice(0, at) + 'Further r' + FIXTURE.slice(at + 1);
    incremental.analyze(edited);
    assert.equal(incremental.scanned, 1);
    assert.equal(incremental.patched, false, 'without the changes, the whole text is parsed');
    // Given as a change, the same edit is carried over: the paragraph is read again, nothing else.
    const typed = { start: edited.indexOf('to take the') + 3, end: edited.indexOf('to take the') + 3, text: 'swiftly ' };
    const analysis = incremental.analyze(applyChange(edited, typed), {}, [typed]);
    assert.equal(incremental.patched, true);
    assert.equal(incremental.scanned, 1);
    assert.equal(canonical(analysis), canonical(analyze(applyChange(edited, typed))));
  });
});
