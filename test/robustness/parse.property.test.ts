/**
 * Properties (fast-check): parsing never throws on any string; every span lies within the text and
 * children nest inside their parents; parsing is deterministic. On random Unicode, and on random
 * mutations and splices of the project's fixtures and (when present) the corpus texts.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analysis';
import type { Resolution, Span, SubParagraph } from '../../server/src/core/model';
import { hardWrapped, pdfExtraction } from '../helpers/layouts';
import { TEXTS } from '../helpers/corpus';

const FIXTURE = readFileSync(join(__dirname, '../../../test/fixtures/mandate-renewal.txt'), 'utf8');
/** The French example holds "a)" labels, elisions and organs named after the number. */
const FRENCH = readFileSync(join(__dirname, '../../../examples/sc-projet-fr.unres'), 'utf8');
const SEEDS = [FIXTURE, hardWrapped(FIXTURE), pdfExtraction(FIXTURE, 'S/RES/9001 (2026)'), FRENCH, pdfExtraction(FRENCH, 'S/RES/9002 (2026)', 6)];
const CORPUS = existsSync(TEXTS) ? readdirSync(TEXTS).map((f) => readFileSync(join(TEXTS, f), 'utf8')) : [];

function within(text: string, s: Span, what: string): void {
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what} span [${s.start}, ${s.end}) outside a text of ${text.length}`);
}

function inside(outer: Span, inner: Span, what: string): void {
  assert.ok(outer.start <= inner.start && inner.end <= outer.end, `${what}: [${inner.start}, ${inner.end}) not inside [${outer.start}, ${outer.end})`);
}

/** The invariants every model keeps. */
export function checkModel(m: Resolution): void {
  const t = m.text;
  const subs = (parent: Span, list: readonly SubParagraph[]): void => {
    for (const sp of list) {
      within(t, sp.span, 'sub-paragraph');
      inside(parent, sp.span, 'sub-paragraph in its parent');
      inside(sp.span, sp.labelSpan, 'label in its sub-paragraph');
      subs(sp.span, sp.children);
    }
  };
  for (const p of m.operative) {
    within(t, p.span, 'paragraph');
    inside(p.span, p.labelSpan, 'label in its paragraph');
    subs(p.span, p.children);
  }
  for (const p of m.preamble) within(t, p.span, 'preambular paragraph');
  for (const r of m.references) {
    within(t, r.span, 'reference');
    if (r.kind === 'paragraph') for (const x of r.targets) within(t, x.span, 'target');
  }
  for (const a of m.artifacts) within(t, a.span, 'artifact');
  for (let i = 1; i < m.operative.length; i++) assert.ok(m.operative[i - 1].span.end <= m.operative[i].span.start, 'paragraphs do not overlap');
}

const mutate = (seed: string) =>
  fc.tuple(fc.nat(seed.length), fc.nat(200), fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(seed.length)).map(([at, cut, insert, splice]) => {
    const mutated = seed.slice(0, at) + insert + seed.slice(Math.min(seed.length, at + cut));
    return mutated.slice(0, splice) + seed.slice(splice, splice + 300) + mutated.slice(splice);
  });

describe('parser robustness (property)', () => {
  it('never throws on random Unicode, and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        checkModel(analyze(s).model);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on resolution-like noise', () => {
    const pieces = fc.constantFrom('\n', '\n\n', ' ', '1. ', '2 bis. ', '(a) ', '(ii) ', '– ', 'paragraph ', 'paragraphs 3 to ', ' and ', ' above', ' below', 'resolution 2374 (2017)', 'S/RES/', 'The Security Council,', 'Annex', 'A', '__________', '21-08828 14/18', 'Decides', ';', ',', '.', '(', ')', '12', 'é', '\u200e', '\r\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 120 }), (parts) => {
        const text = parts.join('');
        const m = analyze(text).model;
        checkModel(m);
        assert.deepEqual(JSON.stringify(analyze(text).model.operative.map((p) => p.span)), JSON.stringify(m.operative.map((p) => p.span)));
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on mutations and splices of the fixtures and the corpus', () => {
    const seeds = [...SEEDS, ...CORPUS.filter((t) => t.length < 70000)];
    fc.assert(
      fc.property(fc.constantFrom(...seeds).chain(mutate), (text) => {
        checkModel(analyze(text).model);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic on every corpus text', function () {
    if (CORPUS.length === 0) this.skip();
    for (const t of CORPUS) {
      const a = analyze(t);
      checkModel(a.model);
      const b = analyze(t);
      assert.equal(JSON.stringify(b.diagnostics), JSON.stringify(a.diagnostics));
      assert.equal(b.model.references.length, a.model.references.length);
    }
  });
});
