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
      'numbers anew each section headed by a roman numeral, alone or with its title, that restarts at 1',
      `
      The General Assembly,

      I

      Request for a subvention to the Institute

      1. Takes note of the note by the Secretary-General;

      2. Approves the request for a subvention;

      II Revised estimates resulting from resolutions of the Economic and Social Council

      1. Takes note of the report of the Secretary-General;

      2. Endorses the conclusions of the Advisory Committee;

      3. Appropriates an additional amount of 78,000 dollars;

      III

      Enterprise resource planning project

      1. Takes note of the report of the Secretary-General;

      3. Approves the resource requirements for 2021.
      ^ error numbering/sequence
      `,
    ],
    [
      'numbers anew sections headed by letters and by "Part one"',
      `
      The General Assembly,

      A. Salary scales

      1. Approves the revised salary scales;

      2. Decides that the scales shall take effect on 1 January 2021;

      C. Children's and secondary dependants' allowances

      1. Decides to maintain the allowances;

      Part two

      1. Requests the Commission to report;

      2. Decides to consider the matter at its next session.
      `,
    ],
    [
      'keeps one numbering under roman headings when the paragraphs run on through them',
      `
      The General Assembly,

      I

      Implementation of the Convention

      1. Reaffirms the unified character of the Convention;

      2. Calls upon States to become parties;

      II

      Capacity-building

      3. Recognizes the importance of assisting developing States;

      1. Emphasizes the need for cooperation;
      ^ error numbering/sequence
      `,
    ],
    [
      'numbers anew the resolutions of a text that holds several under one organ line each',
      `
      The General Assembly

      Resolves that, for 2021:

      1. Appropriations totalling 3,208,080,100 dollars are approved;

      2. The Secretary-General shall be authorized to transfer credits.

      The General Assembly

      Resolves that, for 2021:

      1. Estimates of income are approved as follows:

      Income section | Amount (United States dollars)

      1. Income from staff assessment | 283 437 900

      2. General income | 19 265 100

      3. Services to the public | (180 400)

      2. The income from staff assessment shall be credited to the Tax Equalization Fund.
      `,
    ],
    [
      'reads the rows of a table in a PDF extraction, lines of figures, as no paragraphs',
      `
      The General Assembly,

      1. Approves the estimates of income as follows:

      1. Income from staff assessment 283 437 900

      2. General income 19 265 100

      Total 302 522 600

      2. Decides that the income shall be credited to the Fund.
      `,
    ],
    [
      'gives one error, on its line, for a number written without its period, with the fix',
      `
      The Security Council,

      1. Decides to extend the mandate;

      2. Requests the Secretary-General to report;

      3 Condemns all attacks against the Mission;
      ^ error numbering/sequence

      4. Urges all parties to comply;

      5 .Recognizes the role of the Mission;
      ^^^ error numbering/sequence

      6. Decides to remain seized of the matter.
      `,
    ],
    [
      'reads the letter "l" written for the figure 1',
      `
      The Security Council,

      l. Decides to extend the mandate;
      ^^ error numbering/sequence

      2. Decides to remain seized of the matter.
      `,
    ],
    [
      'flags one wrong number once: 1, 2, 3, 5, 6, 7 gives one error at 5, and a typo between right numbers one error',
      `
      The Security Council,

      1. Decides to extend the mandate;

      2. Requests the Secretary-General to report;

      3. Urges all parties to comply;

      5. Encourages Member States to contribute;
      ^ error numbering/sequence

      6. Calls upon the parties to engage;

      7. Decides to review the mandate;

      80. Welcomes the progress made;
      ^^ error numbering/sequence

      9. Decides to remain seized of the matter.
      `,
    ],
    [
      'reads past invisible marks beside a number',
      `
      The General Assembly,

      1. Takes note of the reports of the Secretary-General;

      2.\u200e Reaffirms its decision to establish a new system;

      \u200f3.\u00ad Requests the Secretary-General to report;

      4.\u2060 Decides to consider the matter at its next session.
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
