/**
 * French and Spanish texts write sub-paragraph labels "a)", "i)" (no opening bracket). The parser reads
 * them as sub-paragraphs, references name them ("l’alinéa b) du paragraphe 1", "párrafo 1 b) ii)"), and
 * checks, outline and renumbering write labels back in the style the text uses.
 */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { analyze } from '../../../server/src/core/analysis';
import type { Resolution, SubParagraph } from '../../../server/src/core/model';
import { applyEdits, renumber } from '../../../server/src/core/features/renumber';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import { hardWrapped, pdfExtraction } from '../../helpers/layouts';

const FRENCH = `Le Conseil de sécurité,

Rappelant ses résolutions antérieures,

1. Décide que tous les États prennent les mesures suivantes :
a) Geler sans délai les fonds des personnes désignées;
b) Empêcher l’entrée sur leur territoire :
i) des personnes désignées par le Comité;
ii) des membres de leur famille;
c) Empêcher la fourniture d’armes;

2. Rappelle les mesures visées à l’alinéa b) du paragraphe 1 et au paragraphe 1 b) ii), ainsi que les alinéas a) à c) du paragraphe 1;

3. Décide de rester saisi de la question.
`;

const SPANISH = `El Consejo de Seguridad,

Recordando sus resoluciones anteriores,

1. Decide que todos los Estados adopten las medidas siguientes:
a) Congelar los fondos de las personas designadas;
b) Impedir la entrada en su territorio:
i) de las personas designadas por el Comité;
ii) de sus familiares;

2. Recuerda las medidas previstas en el apartado b) del párrafo 1 y en el párrafo 1 b) ii);

3. Decide seguir ocupándose de la cuestión.
`;

function tree(list: readonly SubParagraph[], text: string): unknown[] {
  return list.map((sp) => [text.slice(sp.labelSpan.start, sp.labelSpan.end), sp.labelKind, sp.labelStyle, ...(sp.children.length ? [tree(sp.children, text)] : [])]);
}

function targets(m: Resolution): string[] {
  return m.references.flatMap((r) => (r.kind === 'paragraph' ? r.targets.map((t) => `${m.text.slice(t.span.start, t.span.end)}→${t.resolved ? t.resolved.kind : 'none'}`) : []));
}

describe('parse: sub-paragraph labels written "a)"', () => {
  it('nests French sub-paragraphs, with labels where they are written', () => {
    const m = parse(FRENCH);
    assert.equal(m.language, 'fr');
    assert.deepEqual(
      m.operative.map((p) => [p.label, tree(p.children, FRENCH)]),
      [
        ['1', [['a)', 'letter', 'a)'], ['b)', 'letter', 'a)', [['i)', 'roman', 'a)'], ['ii)', 'roman', 'a)']]], ['c)', 'letter', 'a)']]],
        ['2', []],
        ['3', []],
      ],
    );
    assert.equal(m.operative[0].children[1].content.text, 'Empêcher l’entrée sur leur territoire :');
  });

  it('reads French references to sub-paragraphs, after an elided article too', () => {
    const m = parse(FRENCH);
    assert.deepEqual(
      m.references.map((r) => r.text),
      ['alinéa b) du paragraphe 1', 'paragraphe 1 b) ii)', 'alinéas a) à c) du paragraphe 1'],
    );
    assert.deepEqual(targets(m), ['b)→subparagraph', '1→operative', '1 b) ii)→subparagraph', 'a)→subparagraph', 'c)→subparagraph', '1→operative']);
  });

  it('reads Spanish sub-paragraphs and references', () => {
    const m = parse(SPANISH);
    assert.equal(m.language, 'es');
    assert.deepEqual(tree(m.operative[0].children, SPANISH), [['a)', 'letter', 'a)'], ['b)', 'letter', 'a)', [['i)', 'roman', 'a)'], ['ii)', 'roman', 'a)']]]]);
    assert.deepEqual(targets(m), ['b)→subparagraph', '1→operative', '1 b) ii)→subparagraph']);
  });

  it('reads a hard-wrapped French draft and a French PDF extraction to the same structure', () => {
    // One block a line, a blank line between blocks: the layout the helpers re-lay.
    const cover = 'S/RES/9002 (2026)\n\nRésolution 9002 (2026)\n\nAdoptée par le Conseil de sécurité à sa 9991e séance, le 15 juillet 2026\n\n';
    // Long preambular paragraphs wrap over several lines, as in a real extraction, so that the layout is recognized.
    const preamble =
      'Réaffirmant son ferme attachement à la souveraineté, à l’indépendance, à l’unité et à l’intégrité territoriale de la République d’Arcadie, et soulignant que c’est aux autorités arcadiennes qu’il incombe au premier chef d’assurer la stabilité et la sécurité sur l’ensemble du territoire,\n\n' +
      'Se déclarant profondément préoccupé par la persistance de l’insécurité dans le nord et le centre du pays, par les violations des droits humains et par les atteintes à ces droits, et condamnant fermement toutes les attaques contre les civils et le personnel humanitaire,\n\n';
    const clean = cover + FRENCH.replace(/\n(?=[a-z]{1,4}\) )/g, '\n\n').replace('\n\n1. ', `\n\n${preamble}1. `);
    const shape = (m: Resolution) => ({
      language: m.language,
      operative: m.operative.map((p) => [p.label, p.content.text, JSON.stringify(p.children.map(function sub(c): unknown {
        return [c.label, c.labelStyle, c.content.text, c.children.map(sub)];
      }))]),
      references: targets(m).map((t) => t.replace(/\s+/g, ' ')),
    });
    const expected = shape(parse(clean));
    assert.deepEqual(expected.operative, shape(parse(FRENCH)).operative);
    assert.deepEqual(shape(parse(hardWrapped(clean))), expected);
    const pdf = parse(pdfExtraction(clean, 'S/RES/9002 (2026)', 8));
    assert.ok(pdf.artifacts.length > 0, 'a page break');
    assert.deepEqual(shape(pdf), expected);
  });

  it('leaves "a)" as text in English, where labels are written "(a)"', () => {
    const m = parse('The Security Council,\n\n1. Decides that:\na) this line is not a label in English;\n\n2. Decides to remain seized of the matter.\n');
    assert.deepEqual(m.operative[0].children, []);
    assert.match(m.operative[0].content.text, /a\) this line/);
  });

  it('an adopted French text raises no error', () => {
    assert.deepEqual(analyze(FRENCH).diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepEqual(analyze(SPANISH).diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('checks the sequence and writes the expected label in the text’s style', () => {
    const text = FRENCH.replace('c) Empêcher', 'd) Empêcher');
    const [d] = analyze(text).diagnostics.filter((x) => x.code === 'numbering/subparagraph-sequence');
    assert.equal(d.message, 'Expected c), found d).');
    assert.deepEqual(d.fix?.edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText]), [['d)', 'c)']]);
    const unknown = analyze(FRENCH.replace('au paragraphe 1 b) ii)', 'au paragraphe 1 b) iv)')).diagnostics.find((x) => x.code === 'xref/unknown-target');
    assert.equal(unknown?.message, 'Paragraph 1 has no sub-paragraph b) iv).');
  });

  it('shows labels in the outline as written', () => {
    const flat = (list: ReturnType<typeof documentSymbols>): ReturnType<typeof documentSymbols> => list.flatMap((s) => [s, ...flat(s.children)]);
    const first = flat(documentSymbols(parse(FRENCH))).find((s) => s.kind === 'operative' && s.name.startsWith('1. '));
    assert.deepEqual(first?.children.map((c) => c.name.split(' ')[0]), ['a)', 'b)', 'c)']);
  });

  it('renumbers sub-paragraphs and the references to them, keeping the style', () => {
    const text = FRENCH.replace('a) Geler sans délai les fonds des personnes désignées;\n', '');
    const out = applyEdits(text, renumber(parse(text)).edits);
    assert.match(out, /\na\) Empêcher l’entrée sur leur territoire :\ni\) des personnes/);
    assert.match(out, /\nb\) Empêcher la fourniture d’armes;/);
    assert.match(out, /visées à l’alinéa a\) du paragraphe 1 et au paragraphe 1 a\) ii\), ainsi que les alinéas a\) à b\) du paragraphe 1;/);
  });
});
