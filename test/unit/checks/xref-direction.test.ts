import { checkFixture } from '../../helpers/checks';

const code = 'xref/direction';

describe(code, () => {
  const cases: [string, string][] = [
    [
      'accepts correct directions, per group in a list',
      `
      The Security Council,

      1. Decides to extend the mandate;

      2. Stresses the priorities in paragraphs 1 above and 3 and 4 below;

      3. Requests a report;

      4. Decides to remain seized of the matter.
      `,
    ],
    [
      'flags "above" pointing down and "below" pointing up',
      `
      The Security Council,

      Recalling paragraph 2 above,
                            ^^^^^ error xref/direction

      1. Decides to extend the mandate as set out in paragraph 2 above;
                                                                 ^^^^^ error xref/direction

      2. Requests the report referred to in paragraph 1 below;
                                                        ^^^^^ error xref/direction

      3. Decides to remain seized of the matter.
      `,
    ],
  ];
  for (const [name, fixture] of cases) it(name, () => checkFixture(code, fixture));
});
