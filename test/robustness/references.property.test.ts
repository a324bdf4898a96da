/**
 * Property (fast-check): every reference form written anywhere in a paragraph, between ordinary words
 * and in any order, is found once, in order, with its targets or its symbol, and the words around it
 * add none. Guards the anchor-based scan (numbers, "(", "/" and relative paragraph words after an
 * introducing word) against forms it could skip.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse } from '../../server/src/core/parse';
import { scYearOf } from '../../server/src/core/scYears';

/** What a reference is expected to be: the numbers of its targets, or a document symbol. */
type Expected = { kind: 'paragraph'; numbers: number[] } | { kind: 'document'; symbol: string };

interface Piece {
  readonly text: string;
  readonly expected: Expected[];
}

const PARAGRAPHS = 30;
const para = fc.integer({ min: 1, max: PARAGRAPHS - 1 });
const scNumber = fc.integer({ min: 1000, max: 2700 });
const year = fc.integer({ min: 1990, max: 2025 });
const small = fc.integer({ min: 1, max: 999 });
const paragraphRef = (...numbers: number[]): Expected[] => [{ kind: 'paragraph', numbers }];
/** A Security Council resolution named by its number alone takes its year from the table. */
const byNumber = (n: number): string => `S/RES/${n} (${scYearOf(n)})`;
const documentRef = (...symbols: string[]): Expected[] => symbols.map((symbol) => ({ kind: 'document', symbol }));

/** One language: its reference forms, words that never belong to a reference, and a resolution to hold them. */
interface Suite {
  readonly name: string;
  readonly forms: fc.Arbitrary<Piece>[];
  readonly filler: readonly string[];
  /** Written between two pieces, so that two references side by side do not read as one list. */
  readonly spacer: string;
  readonly head: readonly string[];
  readonly paragraph: string;
}

const ENGLISH: Suite = {
  name: 'English',
  forms: [
    para.map((n) => ({ text: `paragraph ${n}`, expected: paragraphRef(n) })),
    fc.tuple(para, para).map(([a, b]) => ({ text: `paragraphs ${a} and ${b}`, expected: paragraphRef(a, b) })),
    para.map((n) => ({ text: `paragraph ${n} above`, expected: paragraphRef(n) })),
    para.map((n) => ({ text: `operative paragraph ${n}`, expected: paragraphRef(n) })),
    para.map((n) => ({ text: `para. ${n}`, expected: paragraphRef(n) })),
    para.map((n) => ({ text: `subparagraph (b) of paragraph ${n}`, expected: paragraphRef(n, n) })),
    para.map((n) => ({ text: `paragraph ${n} (a) and (b)`, expected: paragraphRef(n, n) })),
    fc.constant({ text: 'the preceding paragraph', expected: paragraphRef(PARAGRAPHS - 1) }),
    fc.tuple(scNumber, year).map(([n, y]) => ({ text: `resolution ${n} (${y})`, expected: documentRef(`S/RES/${n} (${y})`) })),
    fc.tuple(scNumber, year, scNumber, year).map(([a, x, b, y]) => ({ text: `resolutions ${a} (${x}) and ${b} (${y})`, expected: documentRef(`S/RES/${a} (${x})`, `S/RES/${b} (${y})`) })),
    scNumber.map((n) => ({ text: `the ${n} Committee`, expected: documentRef(byNumber(n)) })),
    scNumber.map((n) => ({ text: `UNSCR ${n}`, expected: documentRef(byNumber(n)) })),
    fc.tuple(year, small).map(([y, k]) => ({ text: `S/${y}/${k}`, expected: documentRef(`S/${y}/${k}`) })),
    fc.tuple(year, small).map(([y, k]) => ({ text: `S/PRST/${y}/${k}`, expected: documentRef(`S/PRST/${y}/${k}`) })),
    fc.tuple(small, small).map(([s, k]) => ({ text: `General Assembly resolution ${s}/${k}`, expected: documentRef(`A/RES/${s}/${k}`) })),
    fc.tuple(small, small).map(([s, k]) => ({ text: `Human Rights Council resolution ${s}/${k}`, expected: documentRef(`A/HRC/RES/${s}/${k}`) })),
    fc.tuple(small, small).map(([s, k]) => ({ text: `resolution ${s}/${k} of the Human Rights Council`, expected: documentRef(`A/HRC/RES/${s}/${k}`) })),
  ],
  // No digits, no "and", "to", "above", organ names, and no document nouns ("report"): a clause that names a
  // report ties the bare paragraph numbers after it to the document that closes it ("its report, paragraph 1,
  // S/1990/1" is paragraph 1 of that report), which the forms above do not expect.
  filler: ['Decides', 'further', 'situation', 'in', 'the', 'region', 'requests', 'Secretary-General', 'progress', 'measures', 'with', 'regard', 'at', 'its', 'meeting', 'a', 'e', 'S'],
  spacer: 'meeting',
  head: ['The Security Council,', '', 'Recalling its previous decisions on the situation,', ''],
  paragraph: 'Takes note of the report of the Secretary-General;',
};

/** French and Spanish write sub-paragraph labels "b)" and elide the article: "l’alinéa b) du paragraphe 3". */
const FRENCH: Suite = {
  name: 'French',
  forms: [
    para.map((n) => ({ text: `paragraphe ${n}`, expected: paragraphRef(n) })),
    fc.tuple(para, para).map(([a, b]) => ({ text: `paragraphes ${a} et ${b}`, expected: paragraphRef(a, b) })),
    para.map((n) => ({ text: `paragraphe ${n} ci-dessus`, expected: paragraphRef(n) })),
    para.map((n) => ({ text: `l’alinéa b) du paragraphe ${n}`, expected: paragraphRef(n, n) })),
    para.map((n) => ({ text: `paragraphe ${n} b) ii)`, expected: paragraphRef(n) })),
    para.map((n) => ({ text: `paragraphe ${n} a) et b)`, expected: paragraphRef(n, n) })),
    fc.constant({ text: 'du paragraphe précédent', expected: paragraphRef(PARAGRAPHS - 1) }),
    fc.tuple(scNumber, year).map(([n, y]) => ({ text: `résolution ${n} (${y})`, expected: documentRef(`S/RES/${n} (${y})`) })),
    fc.tuple(year, small).map(([y, k]) => ({ text: `S/${y}/${k}`, expected: documentRef(`S/${y}/${k}`) })),
    fc.tuple(small, small).map(([s, k]) => ({ text: `résolution ${s}/${k} du Conseil des droits de l’homme`, expected: documentRef(`A/HRC/RES/${s}/${k}`) })),
    fc.tuple(small, small).map(([s, k]) => ({ text: `résolution ${s}/${k} de l’Assemblée générale`, expected: documentRef(`A/RES/${s}/${k}`) })),
  ],
  filler: ['Décide', 'également', 'situation', 'dans', 'région', 'prie', 'Secrétaire', 'progrès', 'mesures', 'avec', 'séance', 'a', 'e', 'S'],
  spacer: 'séance',
  head: ['Le Conseil de sécurité,', '', 'Rappelant ses décisions antérieures sur la situation,', ''],
  paragraph: 'Prend note du rapport du Secrétaire général;',
};

const SPANISH: Suite = {
  name: 'Spanish',
  forms: [
    para.map((n) => ({ text: `párrafo ${n}`, expected: paragraphRef(n) })),
    fc.tuple(para, para).map(([a, b]) => ({ text: `párrafos ${a} y ${b}`, expected: paragraphRef(a, b) })),
    para.map((n) => ({ text: `el apartado b) del párrafo ${n}`, expected: paragraphRef(n, n) })),
    para.map((n) => ({ text: `párrafo ${n} b)`, expected: paragraphRef(n) })),
    fc.tuple(scNumber, year).map(([n, y]) => ({ text: `resolución ${n} (${y})`, expected: documentRef(`S/RES/${n} (${y})`) })),
    fc.tuple(small, small).map(([s, k]) => ({ text: `resolución ${s}/${k} del Consejo de Derechos Humanos`, expected: documentRef(`A/HRC/RES/${s}/${k}`) })),
  ],
  filler: ['Decide', 'además', 'situación', 'en', 'región', 'solicita', 'Secretario', 'progreso', 'medidas', 'con', 'sesión', 'S'],
  spacer: 'sesión',
  head: ['El Consejo de Seguridad,', '', 'Recordando sus decisiones anteriores sobre la situación,', ''],
  paragraph: 'Toma nota del informe del Secretario General;',
};

function resolutionWith(suite: Suite, body: string): string {
  const lines = [...suite.head];
  for (let n = 1; n < PARAGRAPHS; n++) lines.push(`${n}. ${suite.paragraph}`, '');
  lines.push(`${PARAGRAPHS}. ${body}.`, '');
  return lines.join('\n');
}

describe('reference scan (property)', () => {
  for (const suite of [ENGLISH, FRENCH, SPANISH]) {
    it(`finds every ${suite.name} reference form among ordinary words, once and in order`, () => {
      // A document closes its clause: in a clause that opens with a report or ties numbers to a document, bare numbers are that document's.
      const form = fc.oneof(...suite.forms).map((p) => (p.expected.every((e) => e.kind === 'document') ? { ...p, text: `${p.text};` } : p));
      const piece: fc.Arbitrary<Piece> = fc.oneof({ arbitrary: fc.constantFrom(...suite.filler).map((w) => ({ text: w, expected: [] })), weight: 3 }, { arbitrary: form, weight: 1 });
      fc.assert(
        fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom(' ', '  ', ' ; ', ', '), (pieces, gap) => {
          const body = pieces.map((p) => p.text).join(` ${suite.spacer}${gap}`);
          const m = parse(resolutionWith(suite, body));
          const last = m.operative[m.operative.length - 1];
          assert.equal(last.number, PARAGRAPHS);
          const found: Expected[] = m.references
            .filter((r) => r.span.start >= last.span.start)
            .map((r) => (r.kind === 'paragraph' ? { kind: 'paragraph', numbers: r.targets.map((t) => t.number) } : { kind: 'document', symbol: r.symbol }));
          assert.deepEqual(found, pieces.flatMap((p) => p.expected), body);
        }),
        { numRuns: 400 },
      );
    });
  }
});
