/** Concordance of a language version with its original, on fixtures written for the purpose. */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';
import { concordance, type ConcordanceFinding } from '../../../server/src/core/features/concordance';
import { anchorsOf } from '../../../server/src/core/features/concordance/figures';
import { dedent } from '../../helpers/annotated';

const ENGLISH = dedent(`
  The Security Council,

  Recalling its resolutions 2441 (2018) and 2509 (2020),

  1. Decides to extend until 30 June 2022 the mandate of the Mission, with 13,900 military personnel;

  2. Requests the Mission to:

  (a) Protect civilians;

  (b) Support the process referred to in paragraph 1 above;

  3. Decides to remain seized of the matter.
  `);

const FRENCH = dedent(`
  Le Conseil de sécurité,

  Rappelant ses résolutions 2441 (2018) et 2509 (2020),

  1. Décide de proroger jusqu’au 30 juin 2022 le mandat de la Mission, avec 13 900 militaires ;

  2. Prie la Mission :

  a) De protéger les civils ;

  b) D’appuyer le processus visé au paragraphe 1 ci-dessus ;

  3. Décide de rester saisi de la question.
  `);

const SPANISH = dedent(`
  El Consejo de Seguridad,

  Recordando sus resoluciones 2441 (2018) y 2509 (2020),

  1. Decide prorrogar hasta el 30 de junio de 2022 el mandato de la Misión, con 13.900 efectivos militares;

  2. Solicita a la Misión que:

  a) Proteja a los civiles;

  b) Apoye el proceso mencionado en el párrafo 1 supra;

  3. Decide seguir ocupándose de la cuestión.
  `);

function findings(original: string, version: string): ConcordanceFinding[] {
  return concordance(parse(original), parse(version));
}

/** Code and the version's text under each finding. */
function summary(version: string, list: readonly ConcordanceFinding[]): string[] {
  return list.map((f) => `${f.code} ${version.slice(f.span.start, f.span.end)}`);
}

describe('concordance', () => {
  it('finds nothing in versions that agree', () => {
    assert.deepEqual(findings(ENGLISH, FRENCH), []);
    assert.deepEqual(findings(ENGLISH, SPANISH), []);
    assert.deepEqual(findings(FRENCH, SPANISH), []);
  });

  it('a citation with another number: 2241 where the original cites 2441', () => {
    const version = FRENCH.replace('2441 (2018)', '2241 (2018)');
    const list = findings(ENGLISH, version);
    assert.deepEqual(summary(version, list), ['concordance/citation 2241 (2018)']);
    assert.equal(list[0].message, 'Cites S/RES/2241 (2018) where the original cites S/RES/2441 (2018).');
    assert.equal(ENGLISH.slice(list[0].original!.start, list[0].original!.end), '2441 (2018)');
  });

  it('a citation with another year', () => {
    const version = SPANISH.replace('2509 (2020)', '2509 (2002)');
    assert.deepEqual(summary(version, findings(ENGLISH, version)), ['concordance/citation 2509 (2002)']);
  });

  it('a resolution cited with or without its year, with or without its organ, is the same', () => {
    const original = 'The Security Council,\n\n1. Recalls resolution 2532 and the Human Rights Council in its resolution 45/34;\n';
    const version = 'Le Conseil de sécurité,\n\n1. Rappelle la résolution 2532 (2020) et la résolution 45/34 du Conseil des droits de l’homme ;\n';
    assert.deepEqual(findings(original, version), []);
  });

  it('a citation the version leaves out', () => {
    const version = FRENCH.replace(' et 2509 (2020)', '');
    const list = findings(ENGLISH, version);
    assert.deepEqual(summary(version, list), ['concordance/citation Rappelant']);
    assert.match(list[0].message, /The original cites S\/RES\/2509 \(2020\) here/);
  });

  it('a sub-paragraph lettered b) where the original has (a)', () => {
    const version = FRENCH.replace('a) De protéger', 'b) De protéger');
    const list = findings(ENGLISH, version);
    assert.deepEqual(summary(version, list), ['concordance/subparagraphs b)']);
    assert.equal(list[0].message, 'Sub-paragraph b) is (a) in the original.');
  });

  it('a sub-paragraph more or less', () => {
    const version = FRENCH.replace('b) D’appuyer', 'c) De surveiller ;\n\nb) D’appuyer');
    assert.deepEqual(summary(version, findings(ENGLISH, version)), ['concordance/subparagraphs 2']);
  });

  it('an internal reference to another paragraph', () => {
    const version = FRENCH.replace('paragraphe 1 ci-dessus', 'paragraphe 3 ci-dessous');
    const list = findings(ENGLISH, version);
    assert.deepEqual(summary(version, list), ['concordance/reference 3']);
    assert.equal(list[0].message, 'This reference points at 3; the original’s points at 1.'.replace('’', "'"));
  });

  it('figures and dates written in each language’s way, and one that differs', () => {
    const figure = FRENCH.replace('13 900', '13 600');
    assert.deepEqual(summary(figure, findings(ENGLISH, figure)), ['concordance/figure 13 600']);
    const date = SPANISH.replace('30 de junio de 2022', '30 de julio de 2022');
    const list = findings(ENGLISH, date);
    assert.deepEqual(summary(date, list), ['concordance/figure 30 de julio de 2022']);
    assert.equal(list[0].message, '30 de julio de 2022 where the original has 30 June 2022.');
  });

  it('a Spanish text whose paragraphs 3 to 36 are numbered 1 to 34: one finding', () => {
    const paragraphs = (n: number, from: number, verb: string): string =>
      Array.from({ length: n }, (_, i) => `${from + i}. ${verb} ${i + 1};`).join('\n\n');
    const original = `The General Assembly,\n\nRecalling its resolutions,\n\n${paragraphs(36, 1, 'Decides item')}\n`;
    const version = `La Asamblea General,\n\nRecordando sus resoluciones,\n\n1. Decide el punto 1;\n\n2. Decide el punto 2;\n\n${paragraphs(34, 1, 'Decide el punto').replace(/punto (\d+)/g, (_, n: string) => `punto ${Number(n) + 2}`)}\n`;
    const list = findings(original, version);
    assert.deepEqual(
      list.map((f) => [f.code, f.message]),
      [['concordance/paragraphs', 'Paragraphs 1 to 34 are numbered 3 to 36 in the original.']],
    );
    assert.equal(version.slice(list[0].span.start, list[0].span.end), '1');
    assert.equal(list[0].span.start, version.indexOf('1. Decide el punto 3'));
  });

  it('compares labels in another script by their place in the list', () => {
    // As a parser of Arabic or Chinese texts gives them: "(أ)", "(ب)" or "㈠", "㈡" are the first and second.
    const relabel = (text: string, labels: string[]) => {
      const model = structuredClone(parse(text));
      model.operative[1].children.forEach((sp, i) => Object.assign(sp, { label: labels[i] }));
      return model;
    };
    const original = parse(ENGLISH);
    assert.deepEqual(concordance(original, relabel(FRENCH, ['أ', 'ب'])), []);
    assert.deepEqual(concordance(original, relabel(FRENCH, ['а', 'b'])), [], 'a Cyrillic "а)" before a Latin "b)"');
    assert.deepEqual(concordance(original, relabel(FRENCH, ['b', 'ب'])).map((f) => f.message), ['Sub-paragraph b) is (a) in the original.']);
  });

  it('a paragraph more', () => {
    const version = FRENCH.replace('3. Décide de rester', '3. Souligne ;\n\n4. Décide de rester');
    assert.deepEqual(summary(version, findings(ENGLISH, version)), ['concordance/paragraphs 4']);
  });
});

describe('dates and figures', () => {
  const read = (text: string, language: string): string[] => anchorsOf({ text, segments: [{ textStart: 0, docStart: 0, length: text.length }] }, language, []).map((a) => `${a.kind} ${a.key} ${a.text}`);
  it('reads the forms of each language', () => {
    assert.deepEqual(read('13,900 troops until 30 June 2022, 2.5 per cent, August 26, 2021, and in June 2023', 'en'), [
      'figure 13900 13,900',
      'date 2022-6-30 30 June 2022',
      'figure 2.5 2.5',
      'date 2021-8-26 August 26, 2021',
      'date 2023-6- June 2023',
    ]);
    assert.deepEqual(read('13 900 militaires jusqu’au 1er juillet 2022, 2,5 %, section 6.3.3', 'fr'), [
      'figure 13900 13 900',
      'date 2022-7-1 1er juillet 2022',
      'figure 2.5 2,5',
      'figure 6.3.3 6.3.3',
    ]);
    assert.deepEqual(read('13.900 efectivos hasta el 30 de junio de 2022', 'es'), ['figure 13900 13.900', 'date 2022-6-30 30 de junio de 2022']);
    assert.deepEqual(read('les 14 et 17 avril 2020, les 4, 5 et 6 août', 'fr'), [
      'date 2020-4-14 14 et 17 avril 2020',
      'date 2020-4-17 14 et 17 avril 2020',
      'date -8-4 4, 5 et 6 août',
      'date -8-5 4, 5 et 6 août',
      'date -8-6 4, 5 et 6 août',
    ]);
    assert.deepEqual(read('on 4–6 August 2021', 'en'), ['date 2021-8-4 4–6 August 2021', 'date 2021-8-6 4–6 August 2021']);
    assert.deepEqual(read('du 27 au 29 avril', 'fr'), ['date -4-27 27 au 29 avril', 'date -4-29 27 au 29 avril']);
    assert.deepEqual(
      [read('nearly 3.8 million displaced', 'en'), read('près de 3,8 millions', 'fr'), read('近380万流离失所者', 'zh'), read('около 3,8 млн человек', 'ru')],
      [['figure 3800000 3.8 million'], ['figure 3800000 3,8 millions'], ['figure 3800000 380万'], ['figure 3800000 3,8 млн']],
    );
    assert.deepEqual(read('2003年以来，14年', 'zh'), ['figure 2003 2003', 'figure 14 14'], 'a year alone, a count of years');
    assert.deepEqual(read('估计有500多万人，50多人', 'zh'), ['figure 5000000 500多万', 'figure 50 50'], 'more than 5 million; "多" without a multiplier is no part of the figure');
    assert.deepEqual(read('于4月27日至29日，7月20日', 'zh'), ['date -4-27 4月27日至29日', 'date -4-29 4月27日至29日', 'date -7-20 7月20日']);
    assert.deepEqual(read('نحو 900 13 فرد و 3,8 ملايين', 'ar'), ['figure 13900 900 13', 'figure 3800000 3,8 ملايين'], 'the Arabic XML stores the groups least significant first');
    assert.deepEqual(read('до 30 июня 2022 года, 13 900 военнослужащих', 'ru'), ['date 2022-6-30 30 июня 2022', 'figure 13900 13 900']);
    assert.deepEqual(read('حتى 30 حزيران/يونيه 2022', 'ar'), ['date 2022-6-30 30 حزيران/يونيه 2022']);
    assert.deepEqual(read('к декабрю 2022 года', 'ru'), ['date 2022-12- декабрю 2022'], 'a month in the dative');
    assert.deepEqual(read('الصادر في 20 تموز/ يوليه', 'ar'), ['date -7-20 20 تموز/ يوليه'], 'a space after the slash of a month name');
    assert.deepEqual(read('البندين 3-2 و 6-3-3، للفترة 2020-2021، في 4-5 أيلول/سبتمبر', 'ar'), ['figure 3.2 3-2', 'figure 6.3.3 6-3-3', 'figure 2020 2020', 'figure 2021 2021', 'date -9-4 4-5 أيلول/سبتمبر', 'date -9-5 4-5 أيلول/سبتمبر'], 'sections written "3-2", not years or days');
    assert.deepEqual(read('至2022年6月30日，13 900名', 'zh'), ['date 2022-6-30 2022年6月30日', 'figure 13900 13 900']);
  });
  it('does not join a year and a figure that follow each other', () => {
    assert.deepEqual(read('en 2021 100 militaires', 'fr'), ['figure 2021 2021', 'figure 100 100']);
    assert.deepEqual(read('2,4,6-trinitrotoluène', 'fr'), ['figure 2 2', 'figure 4 4', 'figure 6 6']);
  });
});
