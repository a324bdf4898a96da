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
import type { SubParagraph } from '../../server/src/core/model';
import { hardWrapped, pdfExtraction } from '../helpers/layouts';
import { TEXTS } from '../helpers/corpus';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');
const FRENCH = readFileSync(join(__dirname, '../../../examples/sc-projet-fr.unres'), 'utf8');
const CORPUS = existsSync(TEXTS) ? readdirSync(TEXTS).map((f) => readFileSync(join(TEXTS, f), 'utf8')).filter((t) => t.length < 40000) : [];
const SEEDS = [FIXTURE, hardWrapped(FIXTURE), pdfExtraction(FIXTURE, 'S/RES/9001 (2026)'), FRENCH, ...CORPUS.slice(0, 4)];

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
    incremental.analyze(FIXTURE.slice(0, at) + 'Further r' + FIXTURE.slice(at + 1));
    assert.equal(incremental.scanned, 1);
  });
});
