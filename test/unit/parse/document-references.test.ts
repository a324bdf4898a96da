/** Every form of reference to another document, table-driven on the project's own sentences. */
import * as assert from 'node:assert/strict';
import { parse } from '../../../server/src/core/parse';

function docs(sentence: string, organ = 'The Security Council,'): string[] {
  const m = parse(`${organ}\n\n1. ${sentence};\n\n2. Decides to remain seized of the matter.\n`);
  assert.deepEqual(m.references.filter((r) => r.kind === 'paragraph'), [], 'no internal reference');
  return m.references.flatMap((r) => (r.kind === 'document' ? [`${r.symbol}${r.paragraphs.length ? ' ¶' + r.paragraphs.map((p) => p.label).join(',') : ''}`] : []));
}

describe('references to other documents', () => {
  const cases: [string, string, string[], string?][] = [
    ['Security Council resolution', 'Recalls resolution 2374 (2017)', ['S/RES/2374 (2017)']],
    ['a list with "and"', 'Recalls resolutions 2391 (2017) and 2531 (2020)', ['S/RES/2391 (2017)', 'S/RES/2531 (2020)']],
    ['a list with commas', 'Recalls resolution 2250 (2015), 2419 (2018) and 2535 (2020)', ['S/RES/2250 (2015)', 'S/RES/2419 (2018)', 'S/RES/2535 (2020)']],
    ['with the organ', 'Recalls Security Council resolution 1325 (2000)', ['S/RES/1325 (2000)']],
    ['"its resolution"', 'Recalls its resolution 2374 (2017)', ['S/RES/2374 (2017)']],
    ['the symbol', 'Takes note of S/RES/2374 (2017)', ['S/RES/2374 (2017)']],
    ['committees named after resolutions', 'Recalls the 1267/1989/2253 ISIL (Da’esh) and Al-Qaida Sanctions Committee', ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)']],
    ['resolutions joined by slashes', 'Recalls resolutions 1267/1989/2253 and 2368 (2017)', ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)', 'S/RES/2368 (2017)']],
    ['a General Assembly session and number, not a chain', 'Recalls General Assembly resolution 75/291', ['A/RES/75/291']],
    ['a resolution by its number alone', 'Recalls resolution 2532 and resolutions 1325 and 2250', ['S/RES/2532 (2020)', 'S/RES/1325 (2000)', 'S/RES/2250 (2015)']],
    ['resolutions after a marker, the word left out', 'Recalls its resolutions on Iraq, in particular 1500 (2003), 1546 (2004), and resolutions, including 2509 (2020) and 2292 (2016)', ['S/RES/1500 (2003)', 'S/RES/1546 (2004)', 'S/RES/2509 (2020)', 'S/RES/2292 (2016)']],
    ['a list whose comma is missing', 'Recalls resolutions 1267 (1999) 1989 (2011) and 2253 (2015)', ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)']],
    ['a sanctions list', 'Stresses that individuals on the 2374 sanctions list shall not benefit', ['S/RES/2374 (2017)']],
    ['General Assembly resolution', 'Welcomes General Assembly resolution 75/1', ['A/RES/75/1']],
    ['GA list', 'Recalls General Assembly resolutions 74/1 and 75/1', ['A/RES/74/1', 'A/RES/75/1']],
    ['GA with a letter', 'Recalls General Assembly resolution 75/101 A', ['A/RES/75/101 A']],
    ['older GA forms', 'Recalls General Assembly resolutions 217 A (III) and 3314 (XXIX)', ['A/RES/217(III) A', 'A/RES/3314(XXIX)']],
    ['Human Rights Council resolution', 'Recalls Human Rights Council resolution 55/8', ['A/HRC/RES/55/8']],
    ['presidential statement and reports', 'Recalls S/PRST/2018/10, the report S/2021/519 and document A/75/123', ['S/PRST/2018/10', 'S/2021/519', 'A/75/123']],
    ['a meeting record', 'Recalls the debate held at its meeting (S/PV.8809)', ['S/PV.8809']],
    ['paragraphs of a resolution', 'Recalls paragraphs 2, 5, 6 and 7 of resolution 2374 (2017) and paragraph 13 of resolution 2391 (2017)', ['S/RES/2374 (2017) ¶2,5,6,7', 'S/RES/2391 (2017) ¶13']],
    ['paragraph of "its resolution"', 'Recalls paragraph 1 of its resolution 2368 (2017)', ['S/RES/2368 (2017) ¶1']],
  ];
  for (const [name, sentence, expected] of cases) it(name, () => assert.deepEqual(docs(sentence), expected));
  it('reads on past the date of each resolution in a list, in four languages', () => {
    const list = ['S/RES/242 (1967)', 'S/RES/338 (1973)', 'S/RES/1515 (2003)'];
    assert.deepEqual(docs('Recalls its resolutions 242 (1967) of 22 November 1967, 338 (1973) of 22 October 1973 and 1515 (2003) of 19 November 2003'), list);
    assert.deepEqual(docs('Recuerda sus resoluciones 242 (1967), de 22 de noviembre de 1967, 338 (1973), de 22 de octubre de 1973, y 1515 (2003), de 19 de noviembre de 2003', 'El Consejo de Seguridad,'), list);
    assert.deepEqual(docs('напоминает о своих резолюциях 242 (1967) от 22 ноября 1967 года, 338 (1973) от 22 октября 1973 года и 1515 (2003) от 19 ноября 2003 года', 'Совет Безопасности,'), list);
    assert.deepEqual(docs('يشير إلى قراراته 242 (1967) المؤرخ 22 تشرين الثاني/نوفمبر 1967 و 338 (1973) المؤرخ 22 تشرين الأول/أكتوبر 1973 و 1515 (2003) المؤرخ 19 تشرين الثاني/نوفمبر 2003', 'إن مجلس الأمن،'), list);
  });
  it('reads a number alone as a Council resolution only in a Council text', () => {
    assert.deepEqual(docs('Recuerda las resoluciones 1267, 1989 y 2253', 'El Consejo de Seguridad,'), ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)']);
    assert.deepEqual(docs('Recalls its resolution 2625 and resolution 1514', 'The General Assembly,'), []);
  });
  it('reads numbers after a marker as resolutions only in a Council text, never paragraph numbers', () => {
    assert.deepEqual(docs('Recalls the Declaration, in particular 1500 (2003)', 'The General Assembly,'), []);
    assert.deepEqual(docs('Recalls resolution 2374 (2017), including paragraph 8'), ['S/RES/2374 (2017) ¶8']);
  });
  it('reads "paras. 1 & 2" as a list of this text\'s paragraphs', () => {
    const m = parse('The Security Council,\n\n1. Decides to extend the mandate;\n\n2. Requests a report;\n\n3. Recalls the items listed at paras. 1 & 2.\n');
    assert.deepEqual(
      m.references.flatMap((r) => (r.kind === 'paragraph' ? r.targets.map((t) => m.text.slice(t.span.start, t.span.end) + (t.resolved ? '→' + t.resolved.kind : '')) : [])),
      ['1→operative', '2→operative'],
    );
  });
  it('reads an Arabic introducer written with a vowel sign', () => {
    assert.deepEqual(docs('يشير إلى اللجنة المنشأة عملاً بالقرارَين 1267 (1999) و 1989 (2011) و 2255 (2015)', 'إن مجلس الأمن،'), ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2255 (2015)']);
  });
  it('resolutions joined by slashes in Russian and Arabic', () => {
    const chain = ['S/RES/1267 (1999)', 'S/RES/1989 (2011)', 'S/RES/2253 (2015)'];
    assert.deepEqual(docs('напоминает о Комитете, учрежденном резолюциями 1267/1989/2253', 'Совет Безопасности,').sort(), chain);
    assert.deepEqual(docs('يشير إلى اللجنة العاملة بموجب القرارات 1267/1989/2253', 'إن مجلس الأمن،').sort(), chain);
  });

  it('"its resolution" in a General Assembly text is a General Assembly resolution; in a Human Rights Council text, the Council’s', () => {
    assert.deepEqual(docs('Recalls its resolution 75/1', 'The General Assembly,'), ['A/RES/75/1']);
    assert.deepEqual(docs('Recalls its resolution 55/8', 'The Human Rights Council,'), ['A/HRC/RES/55/8']);
  });

  it('reads French and Spanish references', () => {
    const fr = parse('Le Conseil de sécurité,\n\n1. Rappelle sa résolution 2374 (2017) et le paragraphe 2 ci-dessous;\n\n2. Décide de rester saisi de la question.\n');
    assert.equal(fr.language, 'fr');
    assert.deepEqual(fr.references.map((r) => (r.kind === 'document' ? r.symbol : `${r.text}→${r.targets[0].resolved?.kind}`)), ['S/RES/2374 (2017)', 'paragraphe 2 ci-dessous→operative']);
    const es = parse('El Consejo de Seguridad,\n\n1. Recuerda su resolución 2374 (2017) y el párrafo 2 infra;\n\n2. Decide seguir ocupándose de la cuestión.\n');
    assert.equal(es.language, 'es');
    assert.deepEqual(es.references.map((r) => (r.kind === 'document' ? r.symbol : `${r.text}→${r.targets[0].resolved?.kind}`)), ['S/RES/2374 (2017)', 'párrafo 2 infra→operative']);
  });

  it('files a resolution under the organ named after its number (French and Spanish word order)', () => {
    const cited = (text: string) => parse(text).references.map((r) => (r.kind === 'document' ? `${r.symbol} «${r.text}»` : r.text));
    assert.deepEqual(cited('Le Conseil des droits de l’homme,\n\nRappelant la résolution 60/251 de l’Assemblée générale et sa résolution 5/1, ainsi que la résolution 2231 (2015) du Conseil de sécurité,\n\n1. Décide de rester saisi de la question.\n'), [
      'A/RES/60/251 «résolution 60/251 de l’Assemblée générale»',
      'A/HRC/RES/5/1 «sa résolution 5/1»',
      'S/RES/2231 (2015) «résolution 2231 (2015) du Conseil de sécurité»',
    ]);
    assert.deepEqual(cited("L’Assemblée générale,\n\nRappelant les résolutions 5/1 et 5/2 du Conseil des droits de l'homme,\n\n1. Décide de rester saisie de la question.\n"), [
      'A/HRC/RES/5/1 «résolutions 5/1»',
      "A/HRC/RES/5/2 «5/2 du Conseil des droits de l'homme»",
    ]);
    assert.deepEqual(cited('La Asamblea General,\n\nRecordando la resolución 5/1 del Consejo de Derechos Humanos y su resolución 60/251,\n\n1. Decide seguir ocupándose de la cuestión.\n'), [
      'A/HRC/RES/5/1 «resolución 5/1 del Consejo de Derechos Humanos»',
      'A/RES/60/251 «su resolución 60/251»',
    ]);
    assert.deepEqual(cited('The General Assembly,\n\nRecalling resolution 5/1 of the Human Rights Council,\n\n1. Decides to remain seized of the matter.\n'), ['A/HRC/RES/5/1 «resolution 5/1 of the Human Rights Council»']);
  });

  it('reads paragraphs of a document named just before as that document\'s, never as this text\'s', () => {
    const text = [
      'The Security Council,',
      '',
      'Recalling the Note by its President (S/2006/997) on best practices and methods, including paragraphs 21, 22 and 23,',
      '',
      'Recalling also resolution 2664 (2022), and in particular its paragraph 6, and the report of the Secretary-General (S/2003/751, para. 30),',
      '',
      '1. Decides that the mandate set out in resolution 2000 (2011), paragraph 7, shall continue;',
      '',
      '2. Demands that the parties comply with resolution 1640 (2005), in particular paragraphs 1 and 5, and with paragraph 1 above;',
      '',
      '3. Requests the Panel to carry out the tasks in paragraph 11 of resolution 2444 (2018), paragraphs 1 and 2 of this resolution;',
      '',
      '4. Decides to remain seized of the matter.',
    ].join('\n');
    const m = parse(text);
    assert.deepEqual(
      m.references.map((r) => (r.kind === 'document' ? `${r.symbol} [${r.paragraphs.map((p) => p.label).join(', ')}]` : `internal ${r.text}`)),
      [
        'S/2006/997 [21, 22, 23]',
        'S/RES/2664 (2022) [6]',
        'S/2003/751 [30]',
        'S/RES/2000 (2011) [7]',
        'S/RES/1640 (2005) [1, 5]',
        'internal paragraph 1 above',
        'S/RES/2444 (2018) [11]',
        'internal paragraphs 1 and 2 of this resolution',
      ],
    );
  });

  it('gives paragraphs tied to a document by "in", "of the document" or a list to that document, in three languages', () => {
    const cited = (text: string) => parse(text).references.map((r) => (r.kind === 'document' ? `${r.symbol} [${r.paragraphs.map((p) => p.label).join(', ')}]` : `internal ${r.text}`));
    assert.deepEqual(
      cited('The General Assembly,\n\n1. Endorses the proposals in paragraphs 61 and 62 in document A/75/300, recalls paragraph 9 resolution 2100 (2013) and recalls paragraph 5 (b) of Economic and Social Council resolution 1999/12;\n\n2. Decides to remain seized of the matter.\n'),
      ['A/75/300 [61, 62]', 'S/RES/2100 (2013) [9]', 'E/RES/1999/12 [5 (b)]'],
    );
    assert.deepEqual(cited('L’Assemblée générale,\n\n1. Approuve les propositions figurant aux paragraphes 61 et 62 du document A/75/300;\n\n2. Décide de rester saisie de la question.\n'), ['A/75/300 [61, 62]']);
    assert.deepEqual(cited('La Asamblea General,\n\n1. Recuerda el párrafo 4 de la resolución 1999/12 del Consejo Económico y Social;\n\n2. Decide seguir ocupándose de la cuestión.\n'), ['E/RES/1999/12 [4]']);
  });

  it('gives the paragraphs of a clause about a report, or listed after a resolution’s paragraph, to that document', () => {
    const text = [
      'The Security Council,',
      '',
      'Taking note of the report of the Secretary-General (S/2020/150), in particular the options described in paragraphs 40 to 44,',
      '',
      '1. Recalls resolution 2100 (2013), in particular paragraph 9 on the Mission, paragraph 10 (ii) on the embargo, and paragraph 10 (iii) on mining;',
      '',
      '2. Reaffirms the other operative paragraphs of resolution 2200 (2015), noting that the measures in paragraph 7 were extended;',
      '',
      '3. Notes the payments referred to in the note of the Secretary-General (S/2010/600), dated 8 December 2010, paragraphs 11 and 12;',
      '',
      '',
      '4. Decides to remain seized of the matter.',
    ].join('\n');
    assert.deepEqual(
      parse(text).references.map((r) => (r.kind === 'document' ? `${r.symbol} [${r.paragraphs.map((p) => p.label).join(', ')}]` : `internal ${r.text}`)),
      ['S/2020/150 [40, 44]', 'S/RES/2100 (2013) [9, 10 (ii), 10 (iii)]', 'S/RES/2200 (2015) [7]', 'S/2010/600 [11, 12]'],
    );
  });

  it('reads a section qualifier in three languages: "paragraph 3 of section II", "section IV, paragraph 2"', () => {
    const sections = (text: string) => parse(text).references.map((r) => (r.kind === 'document' ? `${r.symbol} [${r.paragraphs.map((p) => p.label).join(', ')}]` : `${r.text} → ${r.targets.map((t) => t.sectionLabel).join()}`));
    assert.deepEqual(sections('The General Assembly,\n\n1. Recalls paragraph 3 of section II, section IV, paragraph 2, of its resolution 74/263 and paragraphs 30 and II.15 of the report;\n\n2. Decides to remain seized of the matter.\n'), [
      'paragraph 3 of section II → II',
      'A/RES/74/263 []',
    ]);
    assert.deepEqual(sections('L’Assemblée générale,\n\n1. Rappelle le paragraphe 3 de la section II;\n\n2. Décide de rester saisie de la question.\n'), ['paragraphe 3 de la section II → II']);
    assert.deepEqual(sections('La Asamblea General,\n\n1. Recuerda la sección IV, párrafo 2, y el párrafo 3 de la sección II;\n\n2. Decide seguir ocupándose de la cuestión.\n'), ['sección IV, párrafo 2 → IV', 'párrafo 3 de la sección II → II']);
  });

  it('keeps bare references of a clause that names no document, or that cites this text with "above", as this text’s', () => {
    const internal = (text: string) => parse(text).references.flatMap((r) => (r.kind === 'paragraph' ? [r.text] : []));
    const text = [
      'The Security Council,',
      '',
      '1. Decides to extend the mandate;',
      '',
      '2. Requests the Secretary-General to report on the implementation of paragraph 1 in his next report;',
      '',
      '3. Requests the Committee established pursuant to resolution 2100 (2013) to report on the measures in paragraph 1;',
      '',
      '4. Recalls paragraph 1 above and paragraph 2 of resolution 2100 (2013), and decides that the measures in paragraph 3 shall apply;',
      '',
      '5. Decides to remain seized of the matter.',
    ].join('\n');
    assert.deepEqual(internal(text), ['paragraph 1', 'paragraph 1', 'paragraph 1 above', 'paragraph 3']);
  });

  it('reads French and Spanish relative references with the article joined to the preposition', () => {
    const relative = (text: string) => parse(text).references.map((r) => (r.kind === 'paragraph' ? `${r.text}→${r.targets[0].label}` : r.symbol));
    const fr = relative('Le Conseil de sécurité,\n\n1. Décide de proroger le mandat;\n\n2. Prie le Secrétaire général de faire rapport sur l’application du paragraphe précédent;\n\n3. Décide, comme prévu au paragraphe suivant, de rester saisi de la question;\n\n4. Décide de rester saisi.\n');
    assert.deepEqual(fr, ['du paragraphe précédent→1', 'au paragraphe suivant→4']);
    const es = relative('El Consejo de Seguridad,\n\n1. Decide prorrogar el mandato;\n\n2. Solicita al Secretario General que informe sobre la aplicación del párrafo anterior;\n\n3. Decide, con arreglo al párrafo siguiente, seguir ocupándose;\n\n4. Decide seguir ocupándose de la cuestión.\n');
    assert.deepEqual(es, ['del párrafo anterior→1', 'al párrafo siguiente→4']);
  });
});
