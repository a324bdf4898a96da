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
  ];
  for (const [name, fixture] of cases) it(name, () => checkFixture(code, fixture));
});
