import { checkFixture } from '../../helpers/checks';

const code = 'numbering/sequence';

describe(code, () => {
  const cases: [string, string][] = [
    [
      'accepts a part numbered on from the part before, as older resolutions are ("B 17.")',
      `
      The Security Council,

      A

      1. Decides that all States shall prevent the sale of arms;

      2. Decides to review the measures;

      B

      3. Reminds States of their obligations;

      4. Decides to remain seized of the matter.
      `,
    ],
    [
      'accepts an annex that starts where the provisions it amends do, and an annex without its heading',
      `
      The Security Council,

      1. Decides to amend article 14 of the Statute as set out in the annex;

      2. Decides to remain seized of the matter.

      Annex

      Article 14: Officers and members of the Chambers

      3. After consultation with the judges, the President shall assign the judges;

      4. The judges shall elect a presiding judge;
      `,
    ],
    [
      'reads a list from 1 after the last paragraph and a title as an annex',
      `
      The Security Council,

      1. Requests the Secretary-General to establish a focal point;

      2. Decides to remain seized of the matter.

      De-listing procedure

      The focal point will perform the following tasks:

      1. Receive de-listing requests;

      2. Forward them to the Committee.
      `,
    ],
    [
      'accepts 1..N',
      `
      The Security Council,

      Recalling its previous resolutions,

      1. Decides to extend the mandate of the Mission until 30 June 2027;

      2. Requests the Secretary-General to report every three months;

      3. Decides to remain seized of the matter.
      `,
    ],
    [
      'flags a gap',
      `
      The Security Council,

      1. Decides to extend the mandate;

      3. Decides to remain seized of the matter.
      ^ error numbering/sequence
      `,
    ],
    [
      'flags a duplicate and goes on from it',
      `
      The Security Council,

      1. Decides to extend the mandate;

      2. Requests the Secretary-General to report;

      2. Urges all parties to comply;
      ^ error numbering/sequence

      3. Decides to remain seized of the matter.
      `,
    ],
    [
      'flags an inversion',
      `
      The Security Council,

      1. Decides to extend the mandate;

      3. Urges all parties to comply;
      ^ error numbering/sequence

      2. Decides to remain seized of the matter.
      ^ error numbering/sequence
      `,
    ],
    [
      'treats "bis" and "ter" as information',
      `
      The Security Council,

      1. Decides to extend the mandate;

      1 bis. Requests the Mission to report;
      ^^^^^ information numbering/sequence

      1 ter. Urges the parties to engage;
      ^^^^^ information numbering/sequence

      2. Decides to remain seized of the matter.
      `,
    ],
    [
      'numbers each part and each annex anew',
      `
      The General Assembly,

      A

      1. Decides to approve the budget;

      2. Requests the Secretary-General to report.

      B

      1. Decides to appropriate the amount.

      Annex I

      1. First item of the list

      2. Second item of the list

      Annex II

      1. Another list
      `,
    ],
  ];
  for (const [name, fixture] of cases) it(name, () => checkFixture(code, fixture));
});
