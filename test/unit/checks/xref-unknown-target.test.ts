import { checkFixture } from '../../helpers/checks';

const code = 'xref/unknown-target';

describe(code, () => {
  const cases: [string, string][] = [
    [
      'resolves numbers, lists, ranges and sub-paragraph paths',
      `
      The Security Council,

      Recalling paragraph 3 below,

      1. Decides that the Mission shall:

      (a) Monitor the ceasefire;

      (b) Report on:

      (i) attacks on civilians;

      2. Requests the Mission to implement paragraph 1 (b) (i) above and subparagraph (a) of paragraph 1;

      3. Recalls paragraphs 1 and 2 above, paragraphs 1 to 2 above and the measures in paragraph 1 of resolution 2374 (2017);

      4. Decides to remain seized of the matter.
      `,
    ],
    [
      'flags a missing paragraph, a missing sub-paragraph and a hole in a range',
      `
      The Security Council,

      1. Decides that the Mission shall:

      (a) Monitor the ceasefire;

      2. Requests the Mission to implement paragraph 7 below and paragraph 1 (c) above;
                                                     ^ error xref/unknown-target
                                                                           ^^^^^ error xref/unknown-target

      4. Recalls paragraphs 1 to 4;
                                 ^ error xref/unknown-target
      ^ error numbering/sequence
      `,
    ],
    [
      'never mistakes paragraphs of other documents for internal ones',
      `
      The Security Council,

      1. Recalls paragraphs 2, 5, 6 and 7 of resolution 2374 (2017), paragraph 4 of its resolution 2391 (2017), article 3, paragraph 1 (b), of the Convention and paragraph 9 of the report of the Secretary-General (S/2021/519);

      2. Decides to remain seized of the matter.
      `,
    ],
    [
      'resolves references into an annex of the same text',
      `
      The Security Council,

      1. Endorses the arrangements set out in paragraph 2 of annex I to the present resolution and paragraph 5 of annex I;
                                                                                                             ^ error xref/unknown-target

      2. Decides to remain seized of the matter.

      Annex I

      1. First arrangement

      2. Second arrangement
      `,
    ],
    [
      'reads paragraphs tied to another document as that document’s, and keeps bare ones in a clause naming none',
      `
      The General Assembly,

      Recalling Economic and Social Council resolution 1999/12 on observances, in particular paragraphs 2 to 8 of the annex thereto on the criteria for observances, as well as paragraphs 11 and 12, which set out the arrangements,

      Recalling also the measures consistent with paragraphs 40 to 44, and in particular paragraph 44 (c), of the Final Document of the special session,

      Recalling decision 2/CP.7, paragraph 31, in which the Parties agreed on a work programme,

      1. Takes note of the report of the Secretary-General on cooperation with regional organizations, in particular paragraphs 21 to 25 on the Pacific;

      2. Takes note also of paragraph 17 of the report of the Advisory Committee and paragraphs 30, 31 and IV.12 of the report, and of section IV, paragraph 2, of its resolution 74/263;

      3. Requests the Secretary-General to take the measures identified in his report, in paragraphs 50-55;

      4. Endorses the proposals set out in paragraphs 61 and 62 in document A/75/300;

      5. Requests the Secretary-General to report on the implementation of paragraph 4 and of paragraph 99 above;
                                                                                                        ^^ error xref/unknown-target

      6. Decides that the measures in paragraph 12 shall apply as requested in paragraph 51;
                                                ^^ error xref/unknown-target
                                                                                         ^^ error xref/unknown-target

      7. Decides to remain seized of the matter.
      `,
    ],
    [
      'reads French paragraphs tied to another document as that document’s',
      `
      L’Assemblée générale,

      Rappelant la décision 2/CP.7, paragraphe 31, dans laquelle les Parties sont convenues d’un programme,

      1. Prend note du rapport du Secrétaire général sur la coopération régionale, en particulier des paragraphes 21 à 25 consacrés au Pacifique;

      2. Approuve les propositions figurant aux paragraphes 61 et 62 du document A/75/300;

      3. Prie le Secrétaire général de faire rapport sur l’application du paragraphe 2 et du paragraphe 99 ci-dessus;
                                                                                                        ^^ error xref/unknown-target

      4. Décide de rester saisie de la question.
      `,
    ],
    [
      'reads Spanish paragraphs tied to another document as that document’s',
      `
      La Asamblea General,

      Recordando la decisión 2/CP.7, párrafo 31, en la que las Partes acordaron un programa,

      1. Toma nota del informe del Secretario General sobre la cooperación regional, en particular de los párrafos 21 a 25 relativos al Pacífico;

      2. Hace suyas las propuestas que figuran en los párrafos 61 y 62 del documento A/75/300;

      3. Solicita al Secretario General que informe sobre la aplicación del párrafo 2 y del párrafo 99 supra;
                                                                                                    ^^ error xref/unknown-target

      4. Decide seguir ocupándose de la cuestión.
      `,
    ],
    [
      'gives one finding for a range past the end or with holes, and checks numbers of four digits',
      `
      The General Assembly,

      1. Recalls paragraphs 1 to 999 above, paragraphs 2 to 6 below, paragraph 6111 below and resolution 2374 (2017);
                                 ^^^ error xref/unknown-target
                                                            ^ error xref/unknown-target
                                                                               ^^^^ error xref/unknown-target

      2. Recalls paragraph 3 of section II and paragraph II.4, which name sections this text does not have;

      5. Decides to remain seized of the matter.
      ^ error numbering/sequence

      6. Requests a report by 1,000 days.
      `,
    ],
    [
      'reads a clause about a report named by its symbol, a left-out "of", sub-paragraphs of a report and a list after another document’s paragraph as theirs',
      `
      The Security Council,

      Taking note of the report of the Secretary-General of 1 March 2020 (S/2020/150), in particular the options for the drawdown described in paragraphs 40 to 44,

      1. Welcomes the report of the Secretary-General (S/2020/150) and endorses the recommendations set out in paragraphs 50 to 52;

      2. Notes that the arrangements noted in paragraphs 31 and 32 the Secretary-General’s letter are unsustainable;

      3. Recalls the tasks listed in paragraph 75, subparagraphs (b) and (c) of the Secretary-General’s special report, and the tasks enumerated in paragraphs 54 (h), 55 (b) (ii-iii), and 55 (b) (v) of that report;

      4. Recalls resolution 2100 (2013), in particular paragraph 9 on the Mission, paragraph 10 (ii) on the embargo, and paragraph 10 (iii) on mining;

      5. Requests the Secretary-General to report on the implementation of paragraph 1, and to include in his next report information on paragraph 77;
                                                                                                                                                   ^^ error xref/unknown-target

      6. Decides to remain seized of the matter.
      `,
    ],
    [
      'resolves "paragraph 2 of section A" in that section, and leaves a section the text does not have unchecked',
      `
      The General Assembly,

      A

      1. Decides to do a first thing;

      2. Decides to do a second thing;

      B

      1. Recalls paragraph 2 of section A, paragraph 3 of section A, paragraph 2 of section C and section IV, paragraph 2, of its resolution 74/263;
                                                     ^ error xref/unknown-target

      2. Decides to remain seized of the matter.
      `,
    ],
  ];
  for (const [name, fixture] of cases) it(name, () => checkFixture(code, fixture));
});
